/** Parses tokens into an expression tree with Excel's operator precedence (negation binds tighter than ^). */
import { ARITY } from "./arity";
import { FormulaSyntaxError, tokenize, type CellRef, type Token } from "./tokenize";

export type Node =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "missing" }
  | { kind: "ref"; from: CellRef; to?: CellRef }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; op: "-" | "+"; operand: Node }
  | { kind: "percent"; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

const COMPARISONS = ["=", "<>", "<", "<=", ">", ">="];

class Parser {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    if (this.tokens.length === 0) throw new FormulaSyntaxError("Empty formula");
    const node = this.comparison();
    if (this.i < this.tokens.length) throw new FormulaSyntaxError("Unexpected token after the formula");
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(values: string[]): string | null {
    const token = this.peek();
    return token?.kind === "op" && values.includes(token.value) ? token.value : null;
  }

  private binary(values: string[], next: () => Node): Node {
    let left = next();
    for (let op = this.isOp(values); op; op = this.isOp(values)) {
      this.i++;
      left = { kind: "binary", op, left, right: next() };
    }
    return left;
  }

  private comparison(): Node {
    return this.binary(COMPARISONS, () => this.concat());
  }

  private concat(): Node {
    return this.binary(["&"], () => this.additive());
  }

  private additive(): Node {
    return this.binary(["+", "-"], () => this.multiplicative());
  }

  private multiplicative(): Node {
    return this.binary(["*", "/"], () => this.power());
  }

  private power(): Node {
    return this.binary(["^"], () => this.postfix());
  }

  private postfix(): Node {
    let node = this.unary();
    while (this.isOp(["%"])) {
      this.i++;
      node = { kind: "percent", operand: node };
    }
    return node;
  }

  private unary(): Node {
    const op = this.isOp(["-", "+"]);
    if (op) {
      this.i++;
      return { kind: "unary", op: op as "-" | "+", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const token = this.tokens[this.i++];
    if (!token) throw new FormulaSyntaxError("The formula ends too early");
    switch (token.kind) {
      case "number":
      case "string":
      case "bool":
      case "error":
        return { kind: token.kind, value: token.value } as Node;
      case "ref":
        return token.to ? { kind: "ref", from: token.from, to: token.to } : { kind: "ref", from: token.from };
      case "func":
        return this.call(token.name);
      case "paren":
        if (token.value === "(") {
          const inner = this.comparison();
          this.expectClose();
          return inner;
        }
        break;
      default:
        break;
    }
    throw new FormulaSyntaxError("Unexpected token in formula");
  }

  private call(name: string): Node {
    this.i++; // "(" always follows a function name
    const args: Node[] = [];
    if (this.peek()?.kind === "paren" && (this.peek() as { value: string }).value === ")") {
      this.i++;
    } else {
      for (;;) {
        const token = this.peek();
        args.push(
          token?.kind === "comma" || (token?.kind === "paren" && token.value === ")")
            ? { kind: "missing" }
            : this.comparison(),
        );
        const next = this.tokens[this.i++];
        if (next?.kind === "comma") continue;
        if (next?.kind === "paren" && next.value === ")") break;
        throw new FormulaSyntaxError(`Missing ) after the arguments of ${name}`);
      }
    }
    const arity = ARITY[name];
    if (arity && (args.length < arity[0] || args.length > arity[1])) {
      throw new FormulaSyntaxError(`${name} takes ${arity[0]} to ${arity[1]} arguments`);
    }
    return { kind: "call", name, args };
  }

  private expectClose(): void {
    const token = this.tokens[this.i++];
    if (token?.kind !== "paren" || token.value !== ")") throw new FormulaSyntaxError("Missing )");
  }
}

const cache = new Map<string, Node>();

/** Parses (and caches) a formula; throws FormulaSyntaxError where Excel would refuse the formula. */
export function parseFormula(formula: string): Node {
  const cached = cache.get(formula);
  if (cached) return cached;
  const node = new Parser(tokenize(formula)).parse();
  if (cache.size > 2000) cache.clear();
  cache.set(formula, node);
  return node;
}
