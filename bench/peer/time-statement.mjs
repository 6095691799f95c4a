// Times one Cypher statement through the driver (5 unmeasured runs, then N timed; prints the median) and
// prints the plan Neo4j ran (PROFILE): operators, rows, db hits. Test tooling only.
//
//   NEO4J_URI=bolt://localhost:7687 node time-statement.mjs cypher/deals-by-outcome-java.cypher \
//     '{"outcomes":["won"],"outcome":"won","minAmount":0,"limit":26}' 40
import neo4j from "neo4j-driver";
import { readFileSync } from "node:fs";

const [file, json = "{}", runs = "20"] = process.argv.slice(2);
const driver = neo4j.driver(process.env.NEO4J_URI || "bolt://localhost:7687",
  process.env.NEO4J_USERNAME ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD ?? "") : undefined);
const statement = readFileSync(file, "utf8");
const parameters = JSON.parse(json);
if (parameters.limit != null) parameters.limit = neo4j.int(parameters.limit);
const session = driver.session({ defaultAccessMode: neo4j.session.READ });
try {
  const once = async () => {
    const t = process.hrtime.bigint();
    await session.run(statement, parameters);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  for (let i = 0; i < 5; i++) await once();
  const times = [];
  for (let i = 0; i < Number(runs); i++) times.push(await once());
  times.sort((a, b) => a - b);
  console.log(`${file}: median ${times[Math.floor(times.length / 2)].toFixed(2)} ms over ${times.length} runs`);
  const { profile } = (await session.run("PROFILE " + statement, parameters)).summary;
  const walk = (p, depth) => {
    console.log(`${"  ".repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits}`);
    p.children.forEach((c) => walk(c, depth + 1));
  };
  walk(profile, 0);
} finally {
  await session.close();
  await driver.close();
}
