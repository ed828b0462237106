// What a reader wants from the seed page (shared/seeds/000_f8e6668e1e4440b7.txt), and what not.
export const SEED = {
  title: "Russia's Shoigu 'arrives' in North Korea amid strong defence ties",
  paragraphs: [
    "Russian President Vladimir Putin's top security adviser Sergei Shoigu has arrived in North Korea the TASS news agency reported on Friday, his latest visit amid dramatic advances in security ties between the countries.",
    "The Russian news outlet also noted that Shoigu plans to meet North Korean leader Kim Jong-un.",
    "The TASS report did not have further details, and North Korea's state media did not report Shoigu's arrival.",
    "Shoigu, former defence minister until May last year, had earlier made visits to Pyongyang as North Korea geared up to deploy troops to fight for Russia in its war against Ukraine.",
    "US and South Korean officials have said North Korea has deployed more than 10,000 troops who were sent into combat in Russia's eastern Kursk region and also shipped heavy weapons including artillery and ballistic missiles.",
    "North Korea is believed to have received military and civilian technology and economic assistance from Moscow in return.",
    "Neither Pyongyang nor Moscow has acknowledged Pyongyang's deployment of troops and weapons but said they had continued to implement a strategic partnership treaty signed by the countries' leaders in June last year, including a mutual defence pact.",
  ],
  clutter: [
    "Gulf leaders call for ending Gaza war in summit with Trump",
    "Baba Umar",
    "Sneak a peek at TRT Global",
    "Share your feedback",
    "Contact us",
    "Uruguay's Mujica",
  ],
};
