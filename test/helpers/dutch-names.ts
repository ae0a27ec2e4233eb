// First names for generated Dutch rosters (tests and the benchmark): common names, a few with
// nicknames or full forms the matcher knows (Kees/Cornelis, Sanne/Susanne, Piet/Pieter, Marieke/Maria).
export const DUTCH_FIRST_NAMES = [
  'Jan',
  'Johannes',
  'Kees',
  'Cornelis',
  'Sanne',
  'Susanne',
  'Fatima',
  'Mohamed',
  'Anouk',
  'Daan',
  'Lieke',
  'Sem',
  'Eva',
  'Piet',
  'Pieter',
  'Marieke',
  'Maria',
  'Thijs',
  'Noor',
  'Bram',
] as const;
