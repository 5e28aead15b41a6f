import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Tests use the package the way users import it: every name the package root exports comes from
// 'banenmatch' (vitest and tsconfig map it onto src/index.ts); a src path is for internals only.
// A name counts as public when the root exports the same declaration, under any name.
const root = fileURLToPath(new URL('../../', import.meta.url));
const testDir = `${root}test/`;
const SRC_PATH = /^(?:\.\.\/)+src\//;

/** Every import of a src path in test/: file, module (absolute .ts path), imported names ('*' for all). */
function srcImports(): { file: string; module: string; names: string[] }[] {
  const out: { file: string; module: string; names: string[] }[] = [];
  const files = readdirSync(testDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(testDir + file, 'utf8'), ts.ScriptTarget.Latest);
    const note = (spec: string, names: string[]): void => {
      if (!SRC_PATH.test(spec)) return;
      const module = fileURLToPath(new URL(spec.replace(/\.js$/, '.ts'), `file://${testDir}${file}`));
      out.push({ file, module, names });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const bindings = node.importClause?.namedBindings;
        note(
          node.moduleSpecifier.text,
          bindings !== undefined && ts.isNamedImports(bindings)
            ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
            : ['*'],
        );
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] !== undefined &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        note(node.arguments[0].text, ['*']);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe("tests import the package entry ('banenmatch') as users do", () => {
  it('imports no name from a src path that the package root exports', () => {
    const imports = srcImports();
    const index = `${root}src/index.ts`;
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      // Names only: no standard library, no @types, no dependencies, no type check.
      noLib: true,
      types: [],
      noEmit: true,
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, ...rest) =>
      name.includes('/node_modules/')
        ? ts.createSourceFile(name, '', ts.ScriptTarget.Latest)
        : read(name, ...rest);
    const program = ts.createProgram([index, ...new Set(imports.map((i) => i.module))], options, host);
    const checker = program.getTypeChecker();
    const resolve = (s: ts.Symbol): ts.Symbol =>
      s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const exportsOf = (file: string): Map<string, ts.Symbol> => {
      const sf = program.getSourceFile(file);
      const symbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
      expect(symbol, file).toBeDefined();
      return new Map(checker.getExportsOfModule(symbol!).map((e) => [e.name, resolve(e)]));
    };
    const publicNames = new Map<ts.Symbol, string>();
    for (const [name, symbol] of exportsOf(index)) publicNames.set(symbol, name);

    const offences: string[] = [];
    for (const { file, module, names } of imports) {
      const where = `test/${file}: from ${module.slice(root.length)}`;
      if (module === index) {
        offences.push(`${where}: import it from 'banenmatch'`);
        continue;
      }
      const exported = exportsOf(module);
      for (const name of names) {
        if (name === '*') continue;
        const symbol = exported.get(name);
        const asPublic = symbol === undefined ? undefined : publicNames.get(symbol);
        if (asPublic !== undefined) offences.push(`${where}: \`${name}\` is public as \`${asPublic}\``);
      }
    }
    expect(offences).toEqual([]);
    // The rule is about something: internals are still imported from src paths.
    expect(imports.length).toBeGreaterThan(0);
  });
});
