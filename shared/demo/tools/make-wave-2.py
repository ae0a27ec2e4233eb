"""Writes the demo school's second survey (fictional, March 2027) from the first one.

The story a year on: the interventions between groups 3-4 and 5-6 worked (teachers of both
now talk about reading comprehension), the comprehension specialist reaches the lower
grades too, the director is named more often. Bram Willems (7-8) has left; Eva Koster (7-8)
has joined, so the roster changes too. One respondent writes "M. v.d. Linden": the import
shows it for a decision rather than guessing. Run from the repo root:
    python3 shared/demo/tools/make-wave-2.py
"""
import csv, io

ADD = {
    'Anouk de Vries': ['Monique van der Linden'],
    'Sanne Bakker': ['Monique van der Linden'],
    'Mark van den Berg': ['Joost de Graaf', 'Gerard Schouten'],
    'Sophie de Boer': ['Joost de Graaf', 'Marieke Peters'],
    'Daan Meijer': ['Thomas Hendriks', 'Monique van der Linden'],
    'Ilse Bos': ['Nienke van Dijk'],
    'Joost de Graaf': ['Sophie de Boer', 'Ilse Bos', 'Gerard Schouten'],
    'Marieke Peters': ['Sophie de Boer', 'Daan Meijer'],
    'Thomas Hendriks': ['Daan Meijer', 'Mark van den Berg'],
    'Nienke van Dijk': ['Ilse Bos'],
    'Pieter Kok': ['Eva Koster', 'Gerard Schouten'],
    'Linda Vos': ['Eva Koster'],
    'Hanneke Dekker': ['Eva Koster'],
    'Monique van der Linden': ['Anouk de Vries', 'Sanne Bakker', 'Daan Meijer', 'Gerard Schouten'],
    'Yvonne Jacobs': ['Eva Koster'],
}
NEW_ROWS = [('Eva Koster', ['Linda Vos', 'Pieter Kok', 'Hanneke Dekker', 'M. v.d. Linden'])]
LEFT = 'Bram Willems'

with open('shared/demo/survey.csv', encoding='utf-8') as f:
    rows = list(csv.reader(f, delimiter=';'))
header, body = rows[0], rows[1:]
out = io.StringIO()
w = csv.writer(out, delimiter=';', lineterminator='\r\n')
w.writerow(header)
n = 0
for row in body:
    name = row[4]
    if name == LEFT:
        continue
    names = [x for x in row[5].split(';') if x and x != LEFT]
    names += [x for x in ADD.get(name, []) if x not in names]
    n += 1
    email = name.lower().replace(' ', '.') + '@regenboog.example'
    w.writerow([n, f'{8 + n // 3:02d}-03-2027 08:{(n * 7) % 60:02d}:00', f'{8 + n // 3:02d}-03-2027 08:{(n * 7 + 3) % 60:02d}:30', email, name, ';'.join(names) + ';'])
for name, names in NEW_ROWS:
    n += 1
    w.writerow([n, '12-03-2027 14:02:00', '12-03-2027 14:05:10', name.lower().replace(' ', '.') + '@regenboog.example', name, ';'.join(names) + ';'])
with open('shared/demo/survey-2027.csv', 'w', encoding='utf-8', newline='') as f:
    f.write(out.getvalue())

with open('shared/demo/roster.csv', encoding='utf-8') as f:
    roster = [l for l in f.read().splitlines() if l and ';' + LEFT + ';' not in l]
roster.insert(20, 'p25;Eva Koster;groep 7-8;leerkracht')
with open('shared/demo/roster-2027.csv', 'w', encoding='utf-8', newline='') as f:
    f.write('\r\n'.join(roster) + '\r\n')
