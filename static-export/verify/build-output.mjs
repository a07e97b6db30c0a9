// A build that worked prints no error. Next carries on after some (a
// stylesheet import it cannot resolve was printed as "Error: Can't resolve …"
// on every build while the build still passed), so `npm test` reads the output.

/** The lines of a build's output (stdout and stderr) that report an error, colour codes removed. */
export function errorLines(output) {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line) => /(^|[^A-Za-z])([A-Z][a-z]+)?Error:/.test(line));
}
