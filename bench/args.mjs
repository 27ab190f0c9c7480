// The bench scripts' command line: `--flag`, `--name value`, and positional arguments (the
// data folder). `withValue` lists the options that take a value, so their values are not
// taken for positional arguments.
export function commandLine(withValue, argv = process.argv.slice(2)) {
  const flag = (name) => argv.includes(name);
  const value = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && withValue.includes(argv[i - 1])));
  return { flag, value, positional };
}
