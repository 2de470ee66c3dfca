import autocannon from 'autocannon';

/**
 * The HTTP benchmark's client, in a process of its own (`node --import tsx bench/http-client.ts <base> <target>
 * <seconds> <connections> <paths-json>`): cycles through the given paths and prints autocannon's result as JSON.
 */
const [base, , seconds, connections, pathsJson] = process.argv.slice(2);
const paths = JSON.parse(pathsJson!) as string[];
let i = 0;
const result = await autocannon({
  url: base!, connections: Number(connections), duration: Number(seconds), pipelining: 1,
  requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
});
console.log(JSON.stringify({ requests: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }));
