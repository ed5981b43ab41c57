/** The slice of OData query syntax the fake Graph understands, parsed strictly: anything else is a 400. */

export interface StoredProps {
  /** Extended properties by id, as stored (id compared case-insensitively like Exchange; name part kept). */
  props: { id: string; value: string }[];
  startUtc: string;
  subject: string;
}

export type Predicate = (e: StoredProps) => boolean;

type Token = { t: "str"; v: string } | { t: "word"; v: string } | { t: "punct"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
    } else if (c === "'") {
      let v = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error("Unterminated string literal");
        if (src[i] === "'" && src[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else v += src[i++];
      }
      out.push({ t: "str", v });
    } else if ("():".includes(c)) {
      out.push({ t: "punct", v: c });
      i++;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_/.]*/.exec(src.slice(i));
      if (!m) throw new Error(`Syntax error at position ${i} in '${src}'`);
      out.push({ t: "word", v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}
  private peek(): Token | undefined {
    return this.toks[this.pos];
  }
  private take(t: Token["t"], v?: string): string {
    const tok = this.toks[this.pos++];
    if (!tok || tok.t !== t || (v !== undefined && tok.v.toLowerCase() !== v.toLowerCase())) {
      throw new Error(`Expected ${v ?? t} but found ${tok ? tok.v : "end of filter"}`);
    }
    return tok.v;
  }
  done(): boolean {
    return this.pos >= this.toks.length;
  }
  expr(): Predicate {
    const parts = [this.term()];
    while (this.peek()?.t === "word" && this.peek()?.v.toLowerCase() === "and") {
      this.pos++;
      parts.push(this.term());
    }
    return (e) => parts.every((p) => p(e));
  }
  private term(): Predicate {
    const head = this.take("word");
    if (head.toLowerCase() === "singlevalueextendedproperties/any") {
      this.take("punct", "(");
      const v = this.take("word");
      this.take("punct", ":");
      const idPath = this.take("word");
      if (idPath !== `${v}/id`) throw new Error(`Expected ${v}/id`);
      this.take("word", "eq");
      const id = this.take("str");
      this.take("word", "and");
      const valuePath = this.take("word");
      if (valuePath !== `${v}/value`) throw new Error(`Expected ${v}/value`);
      this.take("word", "eq");
      const value = this.take("str");
      this.take("punct", ")");
      return (e) => e.props.some((p) => p.id.toLowerCase() === id.toLowerCase() && p.value === value);
    }
    if (head === "start/dateTime" || head === "subject") {
      const op = this.take("word").toLowerCase();
      const lit = this.take("str");
      const get = (e: StoredProps): string => (head === "subject" ? e.subject : e.startUtc);
      const norm = (s: string): string => (head === "subject" ? s : s.slice(0, 19));
      const cmp: Record<string, (a: string, b: string) => boolean> = {
        eq: (a, b) => a === b,
        ne: (a, b) => a !== b,
        ge: (a, b) => a >= b,
        gt: (a, b) => a > b,
        le: (a, b) => a <= b,
        lt: (a, b) => a < b,
      };
      const f = cmp[op];
      if (!f) throw new Error(`Unsupported operator ${op}`);
      if (head !== "subject" && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(lit))
        throw new Error("Invalid dateTime literal");
      return (e) => f(norm(get(e)), norm(lit));
    }
    throw new Error(`Could not find a property named '${head}' on type 'microsoft.graph.event'`);
  }
}

/** Parses a $filter; throws Error with Graph-like text for anything outside the supported grammar. */
export function parseFilter(filter: string): Predicate {
  const p = new Parser(tokenize(filter));
  const pred = p.expr();
  if (!p.done()) throw new Error("Syntax error: unexpected trailing tokens in $filter");
  return pred;
}

/** Parses `singleValueExtendedProperties($filter=id eq '…' or id eq '…')` into the ids to include. */
export function parseExpand(expand: string): string[] {
  const m = /^singleValueExtendedProperties\(\$filter=(.*)\)$/.exec(expand.trim());
  if (!m) throw new Error(`Parsing OData Select and Expand failed: '${expand}'`);
  const parts = m[1].split(/\s+or\s+/);
  return parts.map((part) => {
    const pm = /^id eq '((?:[^']|'')*)'$/.exec(part.trim());
    if (!pm) throw new Error(`Invalid $filter in $expand: '${part}'`);
    return pm[1].replace(/''/g, "'");
  });
}
