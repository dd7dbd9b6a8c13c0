import { startServer } from "../../src/api/server";
import { announceArticles } from "../../src/graph/announceArticles";
import { findChanges, type ChangeRecord } from "../../src/graph/changes";
import type { Database } from "../../src/graph/database";
import { deleteArticle } from "../../src/graph/deleteArticle";
import { maxPageSize } from "../../src/graph/page";
import { testDatabase } from "../support/database";
import { graphql } from "../support/http";
import { noPlantedFacts, plantArticle, type PlantedFacts } from "../support/plantArticle";

/**
 * The change feed (issue 17) on the real Neo4j. Every article here reports facts of people named
 * for this run only (and Tuvalu, in a year picked for the run), so no other test file touches them,
 * and the replay compares exactly the facts with one of them among their actors.
 */
const tag = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
const run = `changes-${tag}`;
const year = String(1901 + Math.floor(Math.random() * 98));
const people = ["Alder", "Birch", "Cedar", "Dogwood"].map((name) => `${name} Feed${tag}`);
const personIds = people.map((name) => name.toLowerCase().replace(/\s+/g, "-"));

jest.setTimeout(600_000);

/** A deterministic generator for a seed, so that a failing sequence can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

/** A random handful of facts from a small pool, so that articles share facts (merges, sources that stay). */
function someFacts(r: ReturnType<typeof random>): PlantedFacts {
  const pair = () => {
    const a = r.pick(people);
    const b = r.pick(people.filter((p) => p !== a));
    return [a, b];
  };
  const facts = noPlantedFacts();
  for (let i = 0; i < 1 + Math.floor(r.next() * 4); i++) {
    switch (r.pick(["meeting", "meeting", "sanction", "statement", "agreement", "transfer"] as const)) {
      case "meeting":
        facts.meetings.push({
          participants: [...pair(), "TV"],
          countries: ["TV"],
          // Anchored (host and month), or floating (no host, or no date): settling moves the floats.
          location: { country: r.pick(["TV", "TV", null]), city: r.pick(["Funafuti", null]) },
          date: r.pick([`${year}-03`, `${year}-03-14`, `${year}-04-02`, null]),
          status: r.pick(["occurred", "planned"]),
        });
        break;
      case "sanction":
        facts.sanctions.push({
          imposer: "TV",
          target: r.pick(people),
          targetCountry: r.pick([[], ["NR"]]),
          reason: null,
          status: r.pick(["in_force", "lifted"]),
        });
        break;
      case "statement":
        facts.statements.push({
          speaker: r.pick(people),
          speakerCountry: null,
          stance: r.pick(["deny", "accuse", "support"]),
          about: ["TV"],
          quote: r.pick([`The harbour stays open ${tag}`, `No boats were sent ${tag}`, null]),
        });
        break;
      case "agreement":
        facts.agreements.push({
          parties: pair(),
          name: r.pick(["Reef Accord", null]),
          kind: "treaty",
          status: r.pick(["signed", "ratified"]),
          date: `${year}-05`,
        });
        break;
      case "transfer":
        facts.transfers.push({
          from: people[0],
          to: r.pick(people.slice(1)),
          items: ["food"],
          quantity: r.pick(["40 tonnes", null]),
          status: r.pick(["alleged", "confirmed"]),
          date: `${year}-06`,
        });
        break;
    }
  }
  // A statement that denies the article's first transfer: a claim.
  if (facts.transfers.length > 0 && r.next() < 0.5) {
    facts.statements.push({
      speaker: people[0],
      speakerCountry: null,
      stance: "deny",
      about: ["TV"],
      quote: `Nothing was shipped ${tag}`,
      claim: { type: "transfers", index: 0 },
    });
  }
  return facts;
}

async function plant(db: Database, id: string, version: number, facts: PlantedFacts) {
  const day = String(1 + (version % 27)).padStart(2, "0");
  await plantArticle(
    db,
    { id, publishedAt: `2020-01-${day}T08:00:00Z`, source: "feed.test", text: `Version ${version} of ${id}.` },
    facts,
  );
}

/** Every change after `after` (a cursor, or the start), page by page. */
async function readFeed(db: Database, after: string | null, first = maxPageSize) {
  const changes: ChangeRecord[] = [];
  let cursor = after;
  for (;;) {
    const page = await findChanges(db, { first, after: cursor });
    changes.push(...page.nodes);
    if (page.nodes.length === 0) return { changes, cursor };
    cursor = page.cursors[page.cursors.length - 1];
  }
}

/** The cursor at the feed's end now (everything after it is new). */
const feedEnd = async (db: Database) => (await readFeed(db, null)).cursor;

type Json = Record<string, unknown>;
const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
const withoutFact = (report: Json) => Object.fromEntries(Object.entries(report).filter(([key]) => key !== "fact"));
const sortedKeys = (value: Json) =>
  Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );

/**
 * A replayer as a loading script writes one: it keeps the latest snapshot of every article and
 * fact, drops what is deleted (and the claims that pointed at a deleted fact, as the graph does),
 * and derives a fact's sources from the articles' reports.
 */
function replay(changes: readonly ChangeRecord[]) {
  const articles = new Map<string, { reports: Json[] }>();
  const facts = new Map<string, { kind: string; properties: Json; actors: Json[]; claims: string[] }>();
  for (const change of changes) {
    const store: Map<string, any> = change.kind === "Article" ? articles : facts;
    if (change.op === "DELETED") {
      store.delete(change.id);
      if (change.kind !== "Article")
        for (const fact of facts.values()) fact.claims = fact.claims.filter((id) => id !== change.id);
    } else {
      store.set(change.id, { kind: change.kind, ...JSON.parse(change.snapshot!) });
    }
  }
  const copy = new Map<string, unknown>();
  for (const [id, fact] of facts) {
    if (!fact.actors.some((a) => personIds.includes(a.actor as string))) continue;
    const sources = [...articles].flatMap(([article, { reports }]) =>
      reports
        .filter((report) => report.fact === id)
        .map((report) => ({ article, report: sortedKeys(withoutFact(report)) })),
    );
    copy.set(id, {
      kind: fact.kind,
      properties: sortedKeys(fact.properties),
      actors: sorted(fact.actors.map(sortedKeys)),
      claims: sorted(fact.claims),
      sources: sorted(sources),
    });
  }
  return copy;
}

async function graphFacts(db: Database) {
  type Row = { id: string; kind: string; properties: Json; actors: Json[]; claims: string[]; sources: Json[] };
  const rows = await db.read<Row>("test/factsOfActors", { actors: personIds });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        kind: row.kind,
        properties: sortedKeys(row.properties),
        actors: sorted(row.actors.map(sortedKeys)),
        claims: sorted(row.claims),
        sources: sorted(row.sources.map((s) => ({ article: s.article, report: sortedKeys(s.report as Json) }))),
      },
    ]),
  );
}

describe("the change feed", () => {
  let db: Database;
  const written = new Set<string>();

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    for (const id of written) await deleteArticle(db, id);
    await db.close();
  });

  it("lists a deleted article and the facts that went with it, with their ids", async () => {
    const start = await feedEnd(db);
    const id = `${run}-gone`;
    written.add(id);
    // Someone no other test of this file names, so that both facts are new.
    const elm = `Elm Feed${tag}`;
    await plant(db, id, 1, {
      sanctions: [{ imposer: "TV", target: elm, reason: null, status: "in_force" }],
      transfers: [{ from: elm, to: people[2], items: ["oil"], quantity: null, status: "alleged", date: `${year}-09` }],
    });
    // Other test files may write at the same time: only this test's changes count.
    const elmId = elm.toLowerCase().replace(/\s+/g, "-");
    const created = (await readFeed(db, start)).changes.filter((c) => c.id === id || c.snapshot?.includes(elmId));
    // Within one transaction the order of the changes is of no consequence: sorted by kind here.
    const byKind = (a: ChangeRecord, b: ChangeRecord) => a.kind.localeCompare(b.kind);
    expect([...created].sort(byKind).map((c) => [c.kind, c.op])).toEqual([
      ["Article", "CREATED"],
      ["Sanction", "CREATED"],
      ["Transfer", "CREATED"],
    ]);
    const factIds = [...created]
      .sort(byKind)
      .filter((c) => c.kind !== "Article")
      .map((c) => c.id);
    const middle = (await readFeed(db, start)).cursor;

    await deleteArticle(db, id);
    const deleted = (await readFeed(db, middle)).changes.filter((c) => c.id === id || factIds.includes(c.id));
    expect([...deleted].sort(byKind).map((c) => [c.kind, c.id, c.op, c.snapshot])).toEqual([
      ["Article", id, "DELETED", null],
      ["Sanction", factIds[0], "DELETED", null],
      ["Transfer", factIds[1], "DELETED", null],
    ]);
  });

  it("replayed from the start reproduces the graph's facts after random ingests, updates and deletes, two at a time", async () => {
    const r = random(17);
    const slots = Array.from({ length: 8 }, (_, i) => `${run}-slot${i}`);
    const present = new Map<string, number>();
    let version = 0;
    const step = async (id: string) => {
      const roll = r.next();
      if (present.has(id) && roll < 0.3) {
        present.delete(id);
        await deleteArticle(db, id);
      } else if (present.has(id) && roll < 0.4) {
        // The same content again: UNCHANGED, nothing to announce.
        await plant(db, id, present.get(id)!, someFacts(random(present.get(id)!)));
      } else {
        const v = ++version;
        present.set(id, v);
        written.add(id);
        await plant(db, id, v, someFacts(random(v)));
      }
    };
    for (let i = 0; i < 24; i++) {
      // Two writes at once, on different articles that share facts: the feed must order them as they commit.
      const a = r.pick(slots);
      const b = r.pick(slots.filter((s) => s !== a));
      await Promise.all([step(a), step(b)]);
      if (i % 8 === 7) {
        const copy = replay((await readFeed(db, null)).changes);
        const graph = await graphFacts(db);
        expect(graph.size).toBeGreaterThan(0);
        expect(copy).toEqual(graph);
      }
    }
    const ops = new Set((await readFeed(db, null)).changes.filter((c) => c.id.startsWith(run)).map((c) => c.op));
    expect(ops).toEqual(new Set(["CREATED", "UPDATED", "DELETED"]));
  });

  it("pages without skipping or repeating a change while writes commit", async () => {
    const start = await feedEnd(db);
    const ids = Array.from({ length: 12 }, (_, i) => `${run}-page${i}`);
    ids.forEach((id) => written.add(id));
    let writing = true;
    const writes = (async () => {
      for (let i = 0; i < ids.length; i += 3) {
        await Promise.all(ids.slice(i, i + 3).map((id, j) => plant(db, id, 100 + i + j, someFacts(random(i + j + 1)))));
      }
    })().finally(() => {
      writing = false;
    });
    const seen: ChangeRecord[] = [];
    let cursor = start;
    for (;;) {
      const stillWriting = writing;
      const page = await findChanges(db, { first: 5, after: cursor });
      seen.push(...page.nodes);
      if (page.nodes.length > 0) cursor = page.cursors[page.cursors.length - 1];
      else if (!stillWriting) break;
    }
    await writes;
    const all = (await readFeed(db, start)).changes;
    expect(seen.map((c) => c.seq)).toEqual(all.map((c) => c.seq));
    const first = seen[0].seq;
    expect(seen.map((c) => c.seq)).toEqual(seen.map((_, i) => first + i));
    const createdArticles = seen
      .filter((c) => c.kind === "Article" && c.op === "CREATED" && ids.includes(c.id))
      .map((c) => c.id);
    expect(createdArticles.sort()).toEqual([...ids].sort());
  });

  it("keeps its cursor across a restart of the server and a new driver", async () => {
    const before = testDatabase();
    const server = await startServer(before, 0, "127.0.0.1");
    const query = `query ($after: String) { changes(first: 100, after: $after) {
      nodes { kind id op snapshot } pageInfo { endCursor hasNextPage } totalCount } }`;
    let cursor: string | null = null;
    try {
      for (;;) {
        const { body }: { body: any } = await graphql(server.url, query, { after: cursor });
        expect(body.errors).toBeUndefined();
        const next = body.data.changes.pageInfo.endCursor as string | null;
        if (next === null) break;
        cursor = next;
      }
    } finally {
      await server.stop();
      await before.close();
    }

    const id = `${run}-after-restart`;
    written.add(id);
    const hazel = `Hazel Feed${tag}`;
    await plant(db, id, 7, { sanctions: [{ imposer: "TV", target: hazel, reason: null, status: "announced" }] });

    const after = testDatabase();
    const again = await startServer(after, 0, "127.0.0.1");
    try {
      const { body } = await graphql(again.url, query, { after: cursor });
      expect(body.errors).toBeUndefined();
      // Other test files may write at the same time: this test's changes are the article and its sanction on Hazel.
      const ours = (body.data.changes.nodes as Array<{ kind: string; id: string; op: string; snapshot: string }>)
        .filter(
          (c) =>
            c.id === id ||
            (c.kind === "SANCTION" && c.snapshot.includes(`"${hazel.toLowerCase().replace(/\s+/g, "-")}"`)),
        )
        .map(({ kind, id, op }) => ({ kind, id, op }));
      expect(ours).toEqual([
        { kind: "ARTICLE", id, op: "CREATED" },
        expect.objectContaining({ kind: "SANCTION", op: "CREATED" }),
      ]);
      expect(body.data.changes.totalCount).toBeGreaterThanOrEqual(2);
    } finally {
      await again.stop();
      await after.close();
    }
  });

  it("announces as created, when relinked, an article the feed never announced (a graph older than the feed)", async () => {
    const id = `${run}-older`;
    written.add(id);
    await plant(db, id, 3, {
      sanctions: [{ imposer: "TV", target: `Fir Feed${tag}`, reason: null, status: "lifted" }],
    });
    await db.write("test/forgetHeads", { ids: [id] });
    const start = await feedEnd(db);
    await announceArticles(db);
    const announced = (await readFeed(db, start)).changes;
    expect(announced.filter((c) => c.id.startsWith(run)).map((c) => [c.kind, c.id, c.op])).toEqual([
      ["Article", id, "CREATED"],
    ]);
    // Once announced, a second walk has nothing to add for it.
    const again = (await feedEnd(db))!;
    await announceArticles(db);
    expect((await readFeed(db, again)).changes.filter((c) => c.id === id)).toEqual([]);
  });

  it("refuses a cursor it did not hand out, one past its end, and a first over the cap, naming the value", async () => {
    const server = await startServer(db, 0, "127.0.0.1");
    try {
      const ask = (args: string) => graphql(server.url, `{ changes(${args}) { totalCount } }`);
      const bad = await ask(`after: "not-a-cursor"`);
      expect(bad.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('"not-a-cursor" is not a change feed cursor'),
        extensions: { code: "BAD_USER_INPUT" },
      });
      const ahead = Buffer.from(JSON.stringify(["change", 1e12])).toString("base64url");
      const past = await ask(`after: "${ahead}"`);
      expect(past.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining("past the end of this graph's change feed"),
        extensions: { code: "BAD_USER_INPUT" },
      });
      const tooMany = await ask(`first: ${maxPageSize + 1}`);
      expect(tooMany.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining(String(maxPageSize + 1)),
        extensions: { code: "BAD_USER_INPUT" },
      });
    } finally {
      await server.stop();
    }
  });
});
