/** samstemt.yaml of a cooperation with its own framework file (rammeverk/vest.yaml), for the configuration tests. */
export const IKT_VEST_CONFIG = `cooperation: IKT Vest
language: en
frameworks: [DN30, rammeverk/vest.yaml]
documents: ["strategier/**/*.md"]
members:
  storby: { name: Storby kommune, kind: kommune, population: 50000 }
  ikt-vest: { name: IKT Vest AS, kind: selskap }
rules:
  objective-uncovered: off
`;
