const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const nodes = new Map(p.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
p.samples.forEach((id, i) => { self.set(id, (self.get(id) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
// aggregate self time by function+url
const agg = new Map();
for (const [id, t] of self) { const n = nodes.get(id); const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '')}:${cf.lineNumber}`; agg.set(k, (agg.get(k) || 0) + t); }
const top = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25);
for (const [k, t] of top) console.log((100 * t / total).toFixed(1) + '%', k);
// by package
const pkg = new Map();
for (const [id, t] of self) { const u = nodes.get(id).callFrame.url; const m = u.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : (u.includes('/dist/') ? 'newsgraph' : (u || '(native/gc/idle)')); pkg.set(k, (pkg.get(k) || 0) + t); }
console.log('---');
for (const [k, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((100 * t / total).toFixed(1) + '%', k);
