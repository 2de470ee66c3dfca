/** Real names of the dataset with spellings found in DPRK media, McCune–Reischauer, Revised Romanization and the press. */
export const NAME_VARIANTS: string[][] = [
  ['최선희', 'Choe Son-hui', 'Choe Son Hui', "Ch'oe Sŏn-hŭi", 'Choi Sun-hee', 'Choi Seon-hui'],
  ['리용호', 'Ri Yong-ho', 'Ri Yong Ho', 'Lee Yong-ho', 'Yi Yong-ho'],
  ['박헌영', 'Pak Hon-yong', 'Park Heon-yeong', 'Pak Hŏn-yŏng'],
  ['김계관', 'Kim Kye-gwan', 'Kim Gye-gwan', 'Kim Kye Gwan'],
  ['강석주', 'Kang Sok-ju', 'Kang Seok-ju', 'Kang Sŏk-chu'],
  ['백남순', 'Paek Nam-sun', 'Baek Nam-sun', 'Paik Nam-soon'],
  ['리수용', 'Ri Su-yong', 'Lee Su-yong', 'Ri Su Yong'],
  ['박의춘', 'Pak Ui-chun', 'Bak Eui-chun', "Pak Ŭi-ch'un", 'Park Ui-chun'],
  ['허담', 'Ho Dam', 'Heo Dam', 'Hŏ Tam'],
  ['김영남', 'Kim Yong-nam', 'Kim Yeong-nam', 'Kim Yŏng-nam'],
];

export const MUST_NOT_MATCH: [string, string][] = [
  ['Kim Il', 'Kim Il Sung'],
  ['Kang Sok-ju', 'Kang Song-san'],
  ['Pak Song-chol', 'Pak Pong-ju'],
];
