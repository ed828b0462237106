/**
 * Event-handler content attributes: the GlobalEventHandlers, WindowEventHandlers and
 * DocumentAndElementEventHandlers of the HTML standard, plus SVG/SMIL, pointer, touch, drag,
 * media, animation, transition and legacy (IE, marquee) names a filter might not know.
 */
const EVENTS = `
abort afterprint afterscriptexecute animationcancel animationend animationiteration animationstart
auxclick beforecopy beforecut beforeinput beforematch beforepaste beforeprint beforescriptexecute
beforetoggle beforeunload begin blur bounce cancel canplay canplaythrough change click close
contentvisibilityautostatechange contextlost contextmenu contextrestored copy cuechange cut
dblclick drag dragend dragenter dragexit dragleave dragover dragstart drop durationchange emptied
end ended error finish focus focusin focusout formdata fullscreenchange fullscreenerror
gotpointercapture hashchange input invalid keydown keypress keyup languagechange load loadeddata
loadedmetadata loadend loadstart lostpointercapture message messageerror mousedown mouseenter
mouseleave mousemove mouseout mouseover mouseup mousewheel offline online pagehide pagereveal
pageshow pageswap paste pause play playing pointercancel pointerdown pointerenter pointerleave
pointermove pointerout pointerover pointerrawupdate pointerup popstate progress ratechange
rejectionhandled repeat reset resize scroll scrollend securitypolicyviolation seeked seeking
select selectionchange selectstart slotchange stalled start storage submit suspend timeupdate
toggle touchcancel touchend touchmove touchstart transitioncancel transitionend transitionrun
transitionstart unhandledrejection unload volumechange waiting webkitanimationend
webkitanimationiteration webkitanimationstart webkittransitionend wheel zoom activate
beforeactivate beforedeactivate deactivate focusinunfocus help readystatechange search show
`;

export const EVENT_HANDLERS: readonly string[] = [
  ...new Set(
    EVENTS.split(/\s+/)
      .filter(Boolean)
      .map((e) => `on${e}`),
  ),
];
