#!/usr/bin/env node
// Builds the compact snapshot of the official geography shipped in the repository.
// Source: @etalab/decoupage-administratif (code MIT, data Licence Ouverte / Etalab).
// Usage: node scripts/make-geography-snapshot.mjs <unpacked package dir> <output dir>
// The output keeps the official file format (same names and keys), only the fields Nouage reads.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const [packageDir, outDir] = process.argv.slice(2);
if (!packageDir || !outDir) {
  console.error('usage: make-geography-snapshot.mjs <package dir> <output dir>');
  process.exit(2);
}
const read = (name) => JSON.parse(readFileSync(join(packageDir, 'data', name), 'utf8'));
const epci = read('epci.json').map((e) => ({
  code: e.code, nom: e.nom, type: e.type,
  membres: e.membres.map((m) => ({ code: m.code, siren: m.siren, nom: m.nom })),
}));
const communes = read('communes.json')
  .filter((c) => c.type === 'commune-actuelle' || c.type === 'commune-deleguee' || c.type === 'commune-associee')
  .map((c) => c.type === 'commune-actuelle'
    ? { code: c.code, nom: c.nom, type: c.type, siren: c.siren, departement: c.departement, population: c.population }
    : { code: c.code, nom: c.nom, type: c.type, chefLieu: c.chefLieu });
const write = (name, data) => writeFileSync(join(outDir, name + '.gz'), gzipSync(JSON.stringify(data), { level: 9 }));
write('epci.json', epci);
write('communes.json', communes);
const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
writeFileSync(join(outDir, 'VINTAGE'), `@etalab/decoupage-administratif@${version}\n`);
console.log(`${epci.length} EPCI, ${communes.filter((c) => c.type === 'commune-actuelle').length} communes actuelles`);
