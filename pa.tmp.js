const { perArticleIngest } = require('./dist/bench/ingestBench');
const { newsArticles } = require('./dist/bench/syntheticArticles');
(async () => {
  const s = newsArticles(Number(process.argv[2] || 7));
  const arts = Array.from({ length: 150 }, () => s.next().value);
  const r = await perArticleIngest('http://127.0.0.1:4600', 'k123456789012345678901234', arts);
  console.log(JSON.stringify(r));
})();
