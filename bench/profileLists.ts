/**
 * `node dist/bench/profileLists.js --uri bolt://127.0.0.1:8378 [--base main]`: PROFILE db hits of
 * the list queries (findMeetings.cypher, findStatements.cypher) of this checkout beside those of
 * another revision (`git show <base>:cypher/queries/…`), on one graph with the same parameters: the
 * first page and the third (a cursor taken from this checkout's answers). Before counting, both
 * answers are compared (same totalCount, same ids in the same order), so a cheaper query that
 * answers differently is reported, not praised. Db hits are Neo4j's own count of the work and do not
 * move with the machine's load, so two runs compare. Prints a Markdown table.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { projectRoot } from "../src/config";
import { cypher } from "../src/graph/cypher";
import { findMeetingsParams, type MeetingFilter } from "../src/graph/meetings";
import type { PageParams } from "../src/graph/page";
import { findStatementsParams, type StatementFilter } from "../src/graph/statements";

interface Case {
  label: string;
  query: "findMeetings" | "findStatements";
  params: (page: PageParams) => Array<Record<string, unknown>>;
}

const meetings = (filter: MeetingFilter) => (page: PageParams) => findMeetingsParams([{ filter, page }]);
const statements = (filter: StatementFilter) => (page: PageParams) => findStatementsParams([{ filter, page }]);

const cases: Case[] = [
  { label: "meetings(first: 20)", query: "findMeetings", params: meetings({}) },
  {
    label: 'meetings(first: 20, from: "2022-03-15", to: "2024-05")',
    query: "findMeetings",
    params: meetings({ from: "2022-03-15", to: "2024-05" }),
  },
  { label: 'meetings(country: "RU", first: 20)', query: "findMeetings", params: meetings({ actor: "RU" }) },
  { label: 'statements(country: "RU", first: 20)', query: "findStatements", params: statements({ actor: "RU" }) },
];

interface PlanNode {
  operatorType: string;
  dbHits: number;
  children: PlanNode[];
}
type Row = { totalCount: number; rows: Array<{ node: { id: string }; sortKey: string }> };

async function profile(driver: Driver, text: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(text, params)); // planned and cached before it is counted
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${text}`, params));
    const flat = (node: PlanNode): PlanNode[] => [node, ...node.children.flatMap(flat)];
    const nodes = flat(result.summary.profile as unknown as PlanNode);
    const top = [...nodes]
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 2)
      .map((node) => `${node.operatorType.replace(/@.*$/, "")} ${node.dbHits}`);
    const [row] = result.records.map((record) => record.toObject() as Row);
    return { dbHits: nodes.reduce((sum, node) => sum + node.dbHits, 0), top, row };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { uri: { type: "string" }, base: { type: "string", default: "main" } } });
  const uri = values.uri ?? process.env.NEO4J_URI;
  if (!uri) throw new Error("--uri (or NEO4J_URI) must name the Neo4j holding the graph to profile.");
  const ours = cypher;
  const theirs = (name: string) =>
    execFileSync("git", ["show", `${values.base}:cypher/queries/${name}.cypher`], {
      cwd: projectRoot,
      encoding: "utf8",
    });
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    {
      disableLosslessIntegers: true,
    },
  );
  const ids = (row: Row) => row.rows.slice(0, 20).map((r) => r.node.id);
  console.log(
    `| query | page | ${values.base} db hits | this checkout db hits | totalCount | busiest operators, ${values.base} → this |`,
  );
  console.log("|---|--:|--:|--:|--:|---|");
  try {
    for (const c of cases) {
      let page: PageParams = { first: 20, after: null };
      for (let n = 1; n <= 3; n++) {
        const params = { requests: c.params(page) };
        const [base, now] = [
          await profile(driver, theirs(c.query), params),
          await profile(driver, ours(c.query), params),
        ];
        const same = base.row.totalCount === now.row.totalCount && ids(base.row).join() === ids(now.row).join();
        if (n !== 2)
          console.log(
            `| ${c.label} | ${n} | ${base.dbHits} | ${now.dbHits} | ${now.row.totalCount}${same ? "" : ` (${values.base}: ${base.row.totalCount}, pages differ)`} | ${base.top.join(", ")} → ${now.top.join(", ")} |`,
          );
        const last = now.row.rows[19];
        if (!last) break;
        page = { first: 20, after: [last.sortKey, last.node.id] };
      }
    }
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
