// Seeded primary schools for the map's geometric checks: grade groups 1-2 … 7-8 and a staff
// group (director, deputy, IB, reading specialists), most talk inside one's own grade, some
// with the neighbouring grade and the specialists. An edge list and a roster, as a school exports them.
import { seededRandom } from '../../shared/network/seeded-random';
import { edgeListSpec } from '../../shared/import/import-spec';
import type { ImportRequest } from '../../shared/import/import-files';

const GRADES = ['groep 1-2', 'groep 3-4', 'groep 5-6', 'groep 7-8'];
const STAFF_ROLES = ['directeur', 'adjunct-directeur', 'intern begeleider', 'leesspecialist', 'rekenspecialist'];

export function generatedSchool(people: number, seed = 7): ImportRequest {
  const random = seededRandom(seed * 1000 + people);
  const staff = Math.min(STAFF_ROLES.length, Math.max(2, Math.round(people / 12)));
  const teachers = people - staff;
  const rows = ['id,name,group,role'];
  const groupOf: string[] = [];
  for (let i = 0; i < people; i++) {
    const isStaff = i >= teachers;
    const group = isStaff ? 'staf' : (GRADES[Math.floor((i * GRADES.length) / teachers)] as string);
    groupOf.push(group);
    rows.push(`p${i},Persoon ${i},${group},${isStaff ? STAFF_ROLES[i - teachers] : 'leerkracht'}`);
  }
  const edges = ['source,target'];
  const seen = new Set<string>();
  const add = (i: number, j: number) => {
    const key = `${i}>${j}`;
    if (i === j || seen.has(key)) return;
    seen.add(key);
    edges.push(`p${i},p${j}`);
  };
  for (let i = 0; i < people; i++) {
    const mine = [...Array(people).keys()].filter((j) => groupOf[j] === groupOf[i] && j !== i);
    const k = 2 + Math.floor(random() * 4);
    for (let t = 0; t < k && mine.length > 0; t++) add(i, mine[Math.floor(random() * mine.length)] as number);
    const grade = GRADES.indexOf(groupOf[i] as string);
    if (grade >= 0 && random() < 0.35) {
      const next = GRADES[grade + (random() < 0.5 ? -1 : 1)];
      const theirs = [...Array(people).keys()].filter((j) => groupOf[j] === next);
      if (theirs.length > 0) add(i, theirs[Math.floor(random() * theirs.length)] as number);
    }
    if (random() < 0.4) add(i, teachers + Math.floor(random() * staff));
    if (groupOf[i] === 'staf') for (let t = 0; t < 4; t++) add(i, Math.floor(random() * teachers));
  }
  const encode = (s: string) => new TextEncoder().encode(s + '\n');
  return {
    data: { name: `school-${people}-edges.csv`, bytes: encode(edges.join('\n')) },
    roster: { name: `school-${people}-roster.csv`, bytes: encode(rows.join('\n')) },
    spec: edgeListSpec(),
  };
}
