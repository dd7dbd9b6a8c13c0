const neo4j = require('neo4j-driver');
const { captureCypher, describeRounds } = require('./dist/bench/capture');
const { profileHits } = require('./dist/bench/profileHits');
const { operations } = require('./dist/bench/operations');
(async () => {
  const uri = 'bolt://127.0.0.1:7685';
  const ops = operations({ a: "RU", b: "KP" }, { from: "Vladimir Putin", to: "Joe Biden", fromId: "vladimir-putin", toId: "joe-biden" }).filter(o => !process.argv[2] || process.argv[2].split(',').includes(o.name));
  const t0 = Date.now();
  const captured = await captureCypher(uri, ops, console.log);
  console.log('capture ms', Date.now() - t0);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  for (const op of ops) {
    const hits = await profileHits(driver, captured[op.name]);
    console.log(op.name, describeRounds(captured[op.name]), hits.reduce((s, h) => s + h.dbHits, 0), JSON.stringify(hits.map(h => [h.name, h.dbHits, h.top])));
  }
  await driver.close();
})();
