'use strict';
/*
 * The in-sandbox runner for JavaScript submissions (Node, standard library only).
 *
 *   node [--max-old-space-size=MiB] runner.js            one runner: requests on fd 0, frames on fd 1
 *   node runner.js --zygote --child-flags=F1,F2          the container's supervisor: a fresh runner per `fork`
 *
 * It speaks judge/protocol.py's wire format unchanged (version 2): JSON lines
 * in, JSON lines out; values as {"lean": JSON} or the flat table
 * {"root", "objs"}.  The submission runs in its own V8 context (vm), so it sees
 * none of Node's modules and none of the runner's objects; its console writes
 * to fd 2, which the judge caps, never to the protocol stream.  TreeNode and
 * ListNode have LeetCode's shapes and are globals of that context.
 *
 * Entry points are found by reflection: module.exports, then the script's
 * top-level functions, classes and variables (a LeetCode paste,
 * `var twoSum = function(nums, target) {...}`, is found as it is), each by
 * its camelCase spelling first (two_sum -> twoSum), then its own name.
 *
 * Limits: the CPU time of each call is measured with process.cpuUsage(); a
 * watchdog thread ends a call past the per-call limit (a tight loop never
 * yields to a timer of its own thread).  Memory is V8's heap cap (an abort the
 * judge reads as MLE) and, in Docker, the container's cgroup.
 *
 * Nothing here decides a verdict: the runner reports values, exceptions and
 * CPU time, and the trusted side judges them.
 */

const fs = require('fs');
const vm = require('vm');
const util = require('util');
const { Worker } = require('worker_threads');

const VERSION = 2;
const SAFE_INT = 2 ** 53;
const MAX_FRAME_BYTES = 64 * 1024 * 1024;
const STAGED_INPUTS = 6;
const LEAN_DEPTH = 32;
const EXIT_CPU_LIMIT = 152;
const EXIT_MEMORY = 153;
const EXIT_OUTPUT = 155;
const TEXT_CAP = 4096;
const IN_FD = 0;
const OUT_FD = 1;

class ProtocolError extends Error {}

// -- the wire -------------------------------------------------------------

/** Lines from a file descriptor, read synchronously: a call that calls a
 * test's function back must read the answer in the middle of running. */
class LineReader {
  constructor(fd) {
    this.fd = fd;
    this.chunks = [];
    this.size = 0;
    this.buffer = Buffer.alloc(1 << 16);
  }

  readLine() {
    for (;;) {
      const line = this.takeLine();
      if (line !== undefined) return line;
      const count = readSome(this.fd, this.buffer);
      if (count === 0) return null;
      this.chunks.push(Buffer.from(this.buffer.subarray(0, count)));
      this.size += count;
      if (this.size > MAX_FRAME_BYTES + 1) throw new ProtocolError('a request over the frame cap');
    }
  }

  takeLine() {
    for (let i = 0, offset = 0; i < this.chunks.length; offset += this.chunks[i].length, i++) {
      const end = this.chunks[i].indexOf(10);
      if (end < 0) continue;
      const all = Buffer.concat(this.chunks);
      const at = offset + end;
      const rest = all.subarray(at + 1);
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
      return all.subarray(0, at).toString('utf8');
    }
    return undefined;
  }
}

function readSome(fd, buffer) {
  for (;;) {
    try {
      return fs.readSync(fd, buffer, 0, buffer.length, null);
    } catch (err) {
      if (err.code === 'EAGAIN') {
        pause(1);
        continue;
      }
      if (err.code === 'EOF') return 0;
      throw err;
    }
  }
}

function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function writeAll(fd, text) {
  const data = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(fd, data, offset, data.length - offset);
    } catch (err) {
      if (err.code !== 'EAGAIN') throw err;
      pause(1);
    }
  }
}

function frame(message) {
  const text = JSON.stringify(message);
  if (text.length > MAX_FRAME_BYTES) throw new ProtocolError(`a frame of ${text.length} characters is over the cap`);
  return text + '\n';
}

// -- values: decoding -----------------------------------------------------

function parseHex(text) {
  if (typeof text !== 'string' || !/^-?[0-9a-f]+$/.test(text)) throw new ProtocolError('malformed big int');
  const negative = text.startsWith('-');
  const value = BigInt('0x' + (negative ? text.slice(1) : text));
  return negative ? -value : value;
}

/** The submission's context makes the containers, so `instanceof Array`
 * holds in its code; `objects` lists the containers in the order both sides
 * give them slots (a call's answer starts with them). */
class Decoder {
  constructor(runner) {
    this.runner = runner;
    this.realm = runner.realm;
    this.objects = [];
  }

  decode(data) {
    if (data === null || typeof data !== 'object') throw new ProtocolError('a value must be an object');
    if ('lean' in data && Object.keys(data).length === 1) return this.lean(data.lean);
    if (!Array.isArray(data.objs) || !('root' in data)) throw new ProtocolError("a value must have 'root' and 'objs'");
    this.table(data.objs);
    return this.atom(data.root);
  }

  /** Plain JSON, copied into the context in depth-first pre-order (Python's lean_order). */
  lean(value) {
    const root = [value];
    const stack = [[root, 0, 0]];
    while (stack.length) {
      const [owner, key, depth] = stack.pop();
      const item = owner[key];
      if (item === null || typeof item !== 'object') continue;
      if (depth >= LEAN_DEPTH) throw new ProtocolError('a lean value nested too deeply');
      const copy = Array.isArray(item) ? new this.realm.Array() : new this.realm.Object();
      this.objects.push(copy);
      const keys = Object.keys(item);
      for (const k of keys) copy[k] = item[k];
      owner[key] = copy;
      for (let i = keys.length - 1; i >= 0; i--) stack.push([copy, keys[i], depth + 1]);
    }
    return root[0];
  }

  table(objs) {
    this.tags = [];
    objs.forEach((entry, k) => {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') throw new ProtocolError(`malformed object ${k}`);
      this.objects.push(this.placeholder(entry));
      this.tags.push(entry[0]);
    });
    objs.forEach((entry, k) => this.fill(this.objects[k], entry));
  }

  placeholder(entry) {
    const R = this.realm;
    switch (entry[0]) {
      case 'list':
      case 'tuple':
        return new R.Array();
      case 'dict':
        return entry.slice(1).every((item, i) => i % 2 === 1 || typeof item === 'string') ? new R.Object() : new R.Map();
      case 'set':
      case 'frozenset':
        return new R.Set();
      case 'TreeNode':
        return new R.TreeNode();
      case 'ListNode':
        return new R.ListNode();
      default:
        throw new ProtocolError(`unknown container ${entry[0]}`);
    }
  }

  fill(obj, entry) {
    const tag = entry[0];
    const items = entry.slice(1).map((a) => this.atom(a));
    this.runner.tags.set(obj, tag);
    if (tag === 'list' || tag === 'tuple') items.forEach((item, i) => (obj[i] = item));
    else if (tag === 'set' || tag === 'frozenset') items.forEach((item) => Set.prototype.add.call(obj, item));
    else if (tag === 'dict') {
      if (items.length % 2) throw new ProtocolError('a dict needs an even number of items');
      for (let i = 0; i < items.length; i += 2) {
        if (obj instanceof this.realm.Map) Map.prototype.set.call(obj, items[i], items[i + 1]);
        else obj[items[i]] = items[i + 1];
      }
    } else if (tag === 'TreeNode') [obj.val, obj.left, obj.right] = items;
    else [obj.val, obj.next] = items;
  }

  atom(value) {
    if (value === null || typeof value !== 'object') return value;
    if (!Array.isArray(value) || value.length !== 2) throw new ProtocolError('malformed atom');
    const [tag, body] = value;
    switch (tag) {
      case 'r':
        if (!Number.isInteger(body) || body < 0 || body >= this.objects.length) throw new ProtocolError('reference to a missing object');
        return this.objects[body];
      case 'i': {
        const big = parseHex(body);
        return big >= -BigInt(SAFE_INT) && big <= BigInt(SAFE_INT) ? Number(big) : big;
      }
      case 'f':
        return { nan: NaN, inf: Infinity, '-inf': -Infinity }[body];
      case 'b':
        return new this.realm.Uint8Array(Buffer.from(String(body), 'base64'));
      case 'z':
        return body.map((code) => String.fromCodePoint(code)).join('');
      case 'h':
        return this.runner.handleIn(body);
      case 'c':
        return this.runner.callback(body);
      case 'n':
        return this.runner.lookup(String(body)).value;
      default:
        throw new UnsupportedValue(`a Python value of kind '${tag}' cannot be passed to JavaScript`);
    }
  }
}

class UnsupportedValue extends Error {}

// -- values: encoding -----------------------------------------------------

function hasLoneSurrogate(text) {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

function nodeKind(value) {
  const name = value.constructor && value.constructor.name;
  if (name === 'TreeNode' && 'val' in value && 'left' in value && 'right' in value) return 'TreeNode';
  if (name === 'ListNode' && 'val' in value && 'next' in value) return 'ListNode';
  return null;
}

function isPlainObject(value, realm) {
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || proto === realm.Object.prototype;
}

class Encoder {
  constructor(runner) {
    this.runner = runner;
    this.objs = [];
    this.memo = new Map();
    this.pending = [];
  }

  preload(objects) {
    for (const obj of objects) this.atom(obj);
  }

  encode(value) {
    const root = this.atom(value);
    while (this.pending.length) {
      const [index, tag, obj] = this.pending.pop();
      this.objs[index] = [tag, ...this.children(tag, obj).map((child) => this.atom(child))];
    }
    return { root, objs: this.objs };
  }

  atom(value) {
    switch (typeof value) {
      case 'string':
        return hasLoneSurrogate(value) ? ['z', Array.from(value, (c) => c.codePointAt(0))] : value;
      case 'undefined':
        return null;
      case 'boolean':
        return value;
      case 'number':
        if (!Number.isFinite(value)) return ['f', Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf'];
        return Number.isInteger(value) && Math.abs(value) > SAFE_INT ? ['i', BigInt(value).toString(16)] : value;
      case 'bigint':
        return value >= -BigInt(SAFE_INT) && value <= BigInt(SAFE_INT) ? Number(value) : ['i', value.toString(16)];
      default:
    }
    if (value === null) return null;
    const tag = this.tagOf(value);
    if (tag === 'bytes') return ['b', Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')];
    if (tag === null) return ['h', this.runner.handleOut(value)];
    let index = this.memo.get(value);
    if (index === undefined) {
      index = this.objs.length;
      this.memo.set(value, index);
      this.objs.push(null);
      this.pending.push([index, tag, value]);
    }
    return ['r', index];
  }

  tagOf(value) {
    if (typeof value !== 'object') return null; // functions and classes stay in the sandbox
    const known = this.runner.tags.get(value); // an input keeps the tag it came with (a tuple stays a tuple)
    if (Array.isArray(value)) return known === 'tuple' ? 'tuple' : 'list';
    if (util.types.isSet(value)) return known === 'frozenset' ? 'frozenset' : 'set';
    if (util.types.isMap(value)) return 'dict';
    if (util.types.isUint8Array(value)) return 'bytes';
    const node = nodeKind(value);
    if (node !== null) return node;
    return isPlainObject(value, this.runner.realm) ? 'dict' : null;
  }

  children(tag, value) {
    switch (tag) {
      case 'list':
      case 'tuple':
        return Array.from({ length: value.length }, (_, i) => value[i]);
      case 'set':
      case 'frozenset':
        return Array.from(Set.prototype.values.call(value));
      case 'dict':
        if (util.types.isMap(value)) return Array.from(Map.prototype.entries.call(value)).flat();
        return Object.keys(value).flatMap((k) => [k, value[k]]);
      case 'TreeNode':
        return [value.val, value.left, value.right];
      default:
        return [value.val, value.next];
    }
  }
}

/** A value as lean JSON (plain arrays and objects, plain scalars, no container
 * twice, none of `avoid`), or undefined when it is not one. */
function leanCopy(value, avoid, realm) {
  const seen = new Set();
  const visit = (item, depth) => {
    switch (typeof item) {
      case 'string':
        return hasLoneSurrogate(item) ? undefined : item;
      case 'boolean':
        return item;
      case 'number':
        return Number.isFinite(item) && !(Number.isInteger(item) && Math.abs(item) > SAFE_INT) ? item : undefined;
      case 'undefined':
        return null;
      case 'object':
        break;
      default:
        return undefined;
    }
    if (item === null) return null;
    if (depth >= LEAN_DEPTH || seen.has(item) || avoid.has(item)) return undefined;
    seen.add(item);
    if (Array.isArray(item)) {
      const out = [];
      for (let i = 0; i < item.length; i++) {
        const copied = visit(item[i], depth + 1);
        if (copied === undefined) return undefined;
        out.push(copied);
      }
      return out;
    }
    if (!isPlainObject(item, realm)) return undefined;
    const out = {};
    for (const key of Object.keys(item)) {
      const copied = visit(item[key], depth + 1);
      if (copied === undefined) return undefined;
      out[key] = copied;
    }
    return out;
  };
  // An iterative walk would be safer on hostile depth, but lean values stop at LEAN_DEPTH.
  return visit(value, 0);
}

// -- the submission's context ----------------------------------------------

// The nodes are configurable properties of the global object, not declarations:
// a submission's own `class TreeNode` (pasted from elsewhere) then shadows them
// instead of failing as a redeclaration.
const CONTEXT_PRELUDE = `
globalThis.TreeNode = function TreeNode(val, left, right) {
  this.val = (val === undefined ? 0 : val);
  this.left = (left === undefined ? null : left);
  this.right = (right === undefined ? null : right);
};
globalThis.ListNode = function ListNode(val, next) {
  this.val = (val === undefined ? 0 : val);
  this.next = (next === undefined ? null : next);
};
var module = { exports: {} };
var exports = module.exports;
({ Array, Object, Map, Set, Uint8Array, TreeNode, ListNode, Error });
`;

function makeConsole() {
  const write = (...args) => {
    try {
      writeAll(2, util.format(...args) + '\n');
    } catch (err) {
      // Past the output cap (EFBIG: Node ignores SIGXFSZ): printing on would only burn the CPU limit.
      process.exit(EXIT_OUTPUT);
    }
  };
  return { log: write, info: write, warn: write, error: write, debug: write, trace: write, dir: write, table: write };
}

function camel(name) {
  const [head, ...rest] = name.split('_');
  return head && rest.length ? head + rest.map((p) => p.slice(0, 1).toUpperCase() + p.slice(1)).join('') : name;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const DECLARED = /(?:^|[;\s])(?:function\s*\*?\s*|class\s+|(?:var|let|const)\s+)([A-Za-z_$][A-Za-z0-9_$]*)/g;
const PRELUDE_NAMES = new Set(['TreeNode', 'ListNode', 'module', 'exports', 'console']);

// -- the CPU watchdog --------------------------------------------------------

const WATCHDOG = `
const { workerData } = require('worker_threads');
const fs = require('fs');
const state = new Int32Array(workerData.shared, 0, 2);  // [0] 0 idle, 1 armed, 2 fired
const times = new Float64Array(workerData.shared, 8, 4); // deadline, start (microseconds), call id, session cap
setInterval(() => {
  const used = process.cpuUsage();
  const now = used.user + used.system;
  if (times[3] > 0 && now > times[3]) {
    process.kill(process.pid, 'SIGXCPU');
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), 50);
  }
  if (Atomics.load(state, 0) !== 1 || now < times[0]) return;
  if (Atomics.compareExchange(state, 0, 1, 2) !== 1) return;
  const id = Number.isNaN(times[2]) ? null : times[2];
  try {
    fs.writeSync(workerData.out, JSON.stringify({ id, ok: false, limit: 'cpu', cpu: (now - times[1]) / 1e6 }) + '\\n');
  } finally {
    process.kill(process.pid, 'SIGKILL');
  }
}, 5);
`;

class Watchdog {
  constructor(out) {
    this.shared = new SharedArrayBuffer(40);
    this.state = new Int32Array(this.shared, 0, 2);
    this.times = new Float64Array(this.shared, 8, 4);
    this.worker = new Worker(WATCHDOG, { eval: true, workerData: { shared: this.shared, out } });
    this.worker.unref();
  }

  sessionCap(seconds) {
    this.times[3] = seconds > 0 ? cpuMicros() + seconds * 1e6 : 0;
  }

  arm(id, seconds) {
    const start = cpuMicros();
    this.times[1] = start;
    this.times[2] = typeof id === 'number' ? id : NaN;
    this.times[0] = seconds > 0 ? start + seconds * 1e6 : Infinity;
    Atomics.store(this.state, 0, 1);
    return start;
  }

  disarm() {
    if (Atomics.compareExchange(this.state, 0, 1, 0) === 2) {
      // The limit fired: its frame is out and the process is being killed.
      for (;;) pause(1000);
    }
  }
}

function cpuMicros() {
  const used = process.cpuUsage();
  return used.user + used.system;
}

// -- the runner --------------------------------------------------------------

class Runner {
  constructor(reader, out) {
    this.reader = reader;
    this.out = out;
    this.context = null;
    this.realm = null;
    this.filename = 'solution.js';
    this.declared = []; // the top-level names the source declares
    this.entries = new Map(); // entry name -> kind
    this.handles = new Map(); // key -> object
    this.handleKeys = new Map(); // object -> key
    this.fresh = [];
    this.tags = new WeakMap(); // decoded containers -> the tag they came with
    this.staged = new Map();
    this.cpuLimit = 0;
    this.currentId = null;
    this.watchdog = null;
    this.pending = 0; // concurrent calls waiting on their promises
  }

  send(message) {
    writeAll(this.out, frame(message));
  }

  handle(request) {
    switch (request.op) {
      case 'load':
        return this.load(request);
      case 'call':
        return this.call(request);
      case 'measure':
        return this.measure(request);
      case 'ping':
        return { ok: true, value: { lean: null } };
      default:
        throw new ProtocolError(`unknown op ${JSON.stringify(request.op)}`);
    }
  }

  // -- load ----------------------------------------------------------------
  load(request) {
    const limits = request.limits || {};
    this.cpuLimit = Number(limits.cpu) || 0;
    this.filename = String(request.filename || 'solution.js');
    this.watchdog = new Watchdog(this.out);
    this.watchdog.sessionCap(Number(limits.session_cpu) || 0);
    this.context = vm.createContext({ console: makeConsole() }, { name: this.filename });
    this.realm = vm.runInContext(CONTEXT_PRELUDE, this.context, { filename: 'judge-prelude.js' });
    const source = String(request.source || '');
    this.declared = [...new Set(Array.from(source.matchAll(DECLARED), (m) => m[1]))];
    const aliases = {};
    const response = this.timed(request.id, true, () => {
      new vm.Script(source, { filename: this.filename }).runInContext(this.context);
      for (const entry of request.entries || []) {
        const name = String(entry.name);
        this.entries.set(name, entry.kind === 'class' ? 'class' : 'function');
        const found = this.lookup(name);
        if (typeof found.value !== 'function') throw this.missing(entry, source);
        if (found.spelled !== name) aliases[name] = found.spelled;
        for (const method of entry.methods || []) {
          const spelled = camel(String(method));
          if (spelled !== method && found.value.prototype && typeof found.value.prototype[spelled] === 'function') {
            aliases[`${name}.${method}`] = `${found.spelled}.${spelled}`;
          }
        }
      }
      return undefined;
    });
    if (response.ok) response.value = this.encodeAlone(aliases);
    return response;
  }

  /** An entry point by how the submission may spell it: module.exports first, then the script's top level. */
  lookup(name) {
    const exported = this.realm && vm.runInContext('module.exports', this.context);
    // LeetCode capitalises acronyms (is_valid_bst -> isValidBST): any case of the camelCase name is the name.
    const declared = [...(exported && typeof exported === 'object' ? Object.keys(exported) : []), ...this.declared];
    const folded = declared.filter((n) => n.toLowerCase() === camel(name).toLowerCase());
    const spellings = [...new Set([camel(name), name, ...folded])];
    for (const spelled of spellings) {
      if (exported && (typeof exported === 'object' || typeof exported === 'function') && exported[spelled] !== undefined) {
        return { value: exported[spelled], spelled };
      }
    }
    for (const spelled of spellings) {
      if (!IDENTIFIER.test(spelled) || PRELUDE_NAMES.has(spelled)) continue;
      // Top-level `class` and `const` are not properties of the global object: ask the context by name.
      const value = vm.runInContext(`typeof ${spelled} === 'undefined' ? undefined : ${spelled}`, this.context);
      if (value !== undefined) return { value, spelled };
    }
    return { value: undefined, spelled: name };
  }

  missing(entry, source) {
    const name = String(entry.name);
    const kind = entry.kind === 'class' ? 'class' : 'function';
    const defined = [...new Set(Array.from(source.matchAll(DECLARED), (m) => m[1]))].filter((n) => !PRELUDE_NAMES.has(n));
    const spelled = camel(name) === name ? `'${name}'` : `'${camel(name)}' (or '${name}')`;
    const known = defined.length ? `: it defines ${defined.slice(0, 12).join(', ')}` : ': it defines no function or class';
    const error = new Error(`${this.filename} defines no ${kind} ${spelled}${known}`);
    error.name = 'MissingEntryPoint';
    return error;
  }

  // -- calls -----------------------------------------------------------------
  call(request) {
    if (this.context === null) throw new ProtocolError('call before load');
    const decoder = new Decoder(this);
    let args;
    try {
      args = decoder.decode(request.args);
    } catch (err) {
      if (!(err instanceof UnsupportedValue)) throw err;
      return { ok: false, error: this.describe(new TypeError(err.message), false), cpu: 0 };
    }
    const [positional, keywords] = args;
    const target = request.target || {};
    const leanText = 'lean' in request.args ? JSON.stringify(request.args.lean) : null;
    const response = this.timed(request.id, false, () => {
      if (keywords && Object.keys(keywords).length) {
        throw new TypeError(`JavaScript takes no keyword arguments (${Object.keys(keywords).join(', ')}): pass them in order`);
      }
      return this.act(target, positional);
    });
    if (!response.ok) return response;
    if (isThenable(response.value)) return this.awaited(request, response, decoder, leanText);
    return { ...this.answer(response.value, decoder, leanText, request.args.objs), cpu: response.cpu };
  }

  /**
   * A call that returned a promise (an `async` method: JavaScript's way to wait for another call, having no
   * threads).  A concurrent call ("thread") is answered when its promise settles while the loop reads on;
   * a lone call's answer is awaited by the loop.  The CPU reported is the call's synchronous part.
   */
  awaited(request, response, decoder, leanText) {
    const settled = Promise.resolve(response.value).then(
      (value) => ({ ...this.answer(value, decoder, leanText, request.args.objs), cpu: response.cpu }),
      (err) => ({ ok: false, error: this.describe(err, false), cpu: response.cpu }),
    );
    if (!request.thread) return settled;
    this.pending += 1;
    settled
      .catch((err) => ({ ok: false, error: this.describe(err, false), cpu: response.cpu }))
      .then((answer) => {
        this.pending -= 1;
        this.reply({ ...answer, id: request.id ?? null });
      });
    return PENDING;
  }

  /** A frame out, or the output limit's answer when it cannot be written whole. */
  reply(response) {
    try {
      this.send(response);
    } catch (err) {
      if (isOutOfMemory(err)) process.exit(EXIT_MEMORY);
      this.send({ id: response.id, ok: false, limit: 'output', message: safeString(err && err.message) });
    }
  }

  /** A call's value; changes to its inputs go back with it (the inputs come first in the table). */
  answer(value, decoder, leanText, sentObjs) {
    this.fresh = [];
    const inputs = decoder.objects.slice(1); // objects[0] is the [args, kwargs] pair itself
    if (leanText !== null) {
      const copy = leanCopy(value, new Set(decoder.objects), this.realm);
      if (copy !== undefined && JSON.stringify(leanCopy(this.rebuiltLean(decoder), new Set(), this.realm)) === leanText) {
        return { ok: true, value: { lean: copy } };
      }
    }
    const encoder = new Encoder(this);
    encoder.preload(decoder.objects);
    const encoded = encoder.encode(value);
    if (Array.isArray(sentObjs)) {
      for (let k = 0; k < Math.min(sentObjs.length, encoded.objs.length, decoder.objects.length); k++) {
        if (JSON.stringify(encoded.objs[k]) === JSON.stringify(sentObjs[k])) encoded.objs[k] = null;
      }
    }
    void inputs;
    const response = { ok: true, value: encoded };
    if (this.fresh.length) response.handles = Object.fromEntries(this.fresh.map((k) => [String(k), describeObject(this.handles.get(k))]));
    return response;
  }

  rebuiltLean(decoder) {
    return decoder.objects[0];
  }

  act(target, args) {
    const action = target.do || 'call';
    if (action === 'set' || action === 'del') {
      const owner = this.target({ ...target, attr: null });
      const attr = this.member(owner, String(target.attr)).name;
      if (action === 'set') owner[attr] = args[0];
      else delete owner[attr];
      return undefined;
    }
    if ('handle' in target || !target.attr) {
      const owner = 'handle' in target ? this.handleIn(target.handle) : this.entry(String(target.name));
      if (target.attr) {
        const { name, value } = this.member(owner, String(target.attr));
        if (action === 'get') return value;
        if (action === 'call') return this.invoke(value, owner, args, `${describeType(owner)}.${name}`);
        return operate(action, value, args, !!target.swap);
      }
      if (action === 'call') return this.invoke(owner, undefined, args, String(target.name || 'object'));
      if (action === 'get') return owner;
      return operate(action, owner, args, !!target.swap);
    }
    const owner = this.entry(String(target.name));
    const { name, value } = this.member(owner, String(target.attr));
    return action === 'get' ? value : this.invoke(value, owner, args, `${target.name}.${name}`);
  }

  entry(name) {
    const found = this.lookup(name).value;
    if (found === undefined) throw new TypeError(`the submission defines no '${camel(name)}' (or '${name}')`);
    return found;
  }

  target(spec) {
    if ('handle' in spec) return this.handleIn(spec.handle);
    return this.entry(String(spec.name));
  }

  /** A method or field, by its camelCase spelling first (get_min -> getMin). */
  member(owner, name) {
    if (owner === null || owner === undefined) throw new TypeError(`cannot read '${name}' of ${owner}`);
    for (const spelled of new Set([camel(name), name])) {
      if (spelled in Object(owner)) return { name: spelled, value: owner[spelled] };
    }
    throw new TypeError(`${describeType(owner)} has no member '${camel(name)}' (or '${name}')`);
  }

  invoke(fn, self, args, what) {
    if (typeof fn !== 'function') throw new TypeError(`${what} is not a function`);
    const kind = this.entries.get(what);
    if (kind === 'class' || isClass(fn)) return Reflect.construct(fn, args);
    return Reflect.apply(fn, self, args);
  }

  /** Run `work` under the per-call CPU limit; its value or exception, and its CPU seconds. */
  timed(id, loading, work) {
    this.currentId = id;
    const start = this.watchdog.arm(id, this.cpuLimit);
    try {
      const value = work();
      return { ok: true, value, cpu: (cpuMicros() - start) / 1e6 };
    } catch (err) {
      return { ok: false, error: this.describe(err, loading), cpu: (cpuMicros() - start) / 1e6 };
    } finally {
      this.watchdog.disarm();
    }
  }

  encodeAlone(value) {
    try {
      return new Encoder(this).encode(value);
    } catch (err) {
      return { lean: null };
    }
  }

  // -- handles and callbacks ---------------------------------------------------
  handleOut(obj) {
    let key = this.handleKeys.get(obj);
    if (key === undefined) {
      key = this.handles.size + 1;
      this.handleKeys.set(obj, key);
      this.handles.set(key, obj);
      this.fresh.push(key);
    }
    return key;
  }

  handleIn(key) {
    if (!this.handles.has(key)) throw new ProtocolError(`unknown handle ${key}`);
    return this.handles.get(key);
  }

  callback(key) {
    const runner = this;
    return function passedByTheTest(...args) {
      return runner.callBack(key, args);
    };
  }

  callBack(key, args) {
    this.send({ id: this.currentId, callback: key, args: new Encoder(this).encode([args, {}]) });
    const line = this.reader.readLine();
    if (line === null) process.exit(0); // the judge is gone
    const reply = JSON.parse(line);
    if (reply.op !== 'reply') throw new ProtocolError('expected the answer of a callback');
    if (reply.ok) return new Decoder(this).decode(reply.value);
    const error = new Error(String((reply.error || {}).message || "the test's function raised"));
    error.name = String((reply.error || {}).type || 'Error');
    throw error;
  }

  // -- exceptions --------------------------------------------------------------
  describe(err, loading) {
    try {
      return this.describeFully(err, loading);
    } catch (failure) {
      return { type: 'Error', message: 'an exception the runner could not describe', loading };
    }
  }

  describeFully(err, loading) {
    const isError = err !== null && typeof err === 'object' && typeof err.stack === 'string';
    const type = isError ? String(err.name || (err.constructor && err.constructor.name) || 'Error') : 'Error';
    const message = isError ? String(err.message) : `uncaught ${typeof err}: ${safeString(err)}`;
    const stack = isError ? err.stack.split('\n') : [];
    const frames = stack.filter((line) => /^\s+at /.test(line) && line.includes(this.filename + ':'));
    let line = null;
    let column = null;
    const where = frames.length ? frames[0].match(/:(\d+):(\d+)\)?$/) : null;
    if (where) line = Number(where[1]);
    // A syntax error names its place on the stack's first line, a caret under it.
    const head = stack.length ? stack[0].match(/^(.*):(\d+)$/) : null;
    if (!where && head && head[1] === this.filename) {
      line = Number(head[2]);
      const caret = stack[2] ? stack[2].indexOf('^') : -1;
      column = caret >= 0 ? caret + 1 : null;
    }
    return {
      type: /^[A-Za-z_][A-Za-z0-9_.]*$/.test(type) ? type.slice(0, 80) : 'Error',
      classes: [],
      args: null,
      message: clip(message),
      traceback: clip(frames.map((f) => f.trim()).join('\n'), TEXT_CAP * 4),
      line,
      column,
      loading,
    };
  }

  // -- the ladder ----------------------------------------------------------------
  measure(request) {
    if (this.context === null) throw new ProtocolError('measure before load');
    const key = request.input_key;
    if ('args' in request) {
      this.staged.delete(key);
      this.staged.set(key, new Staged(this, request.args));
      while (this.staged.size > STAGED_INPUTS) this.staged.delete(this.staged.keys().next().value);
    }
    const staged = this.staged.get(key);
    if (staged === undefined) throw new ProtocolError(`no input staged under ${JSON.stringify(key)}`);
    const spec = request.target || {};
    const target = spec.replay ? this.replayer(this.entry(String(spec.name))) : this.callable(spec);
    const minSeconds = Number(request.min_seconds ?? 0.02);
    const saved = this.cpuLimit;
    this.cpuLimit = Number(request.cpu_budget) || this.cpuLimit || 5;
    try {
      const response = this.timed(request.id, false, () => {
        const [seconds, reps] = request.time === false ? [0, 0] : timedBatches(target, staged, minSeconds);
        return { cpu: seconds, reps, count: null }; // the work count is Python-only
      });
      if (response.ok) response.value = this.encodeAlone(response.value);
      return response;
    } finally {
      this.cpuLimit = saved;
    }
  }

  callable(spec) {
    return (...args) => this.act({ ...spec, do: 'call' }, args);
  }

  replayer(cls) {
    return (ctorArgs, ops) => {
      const obj = Reflect.construct(cls, ctorArgs);
      for (const [name, args] of ops) {
        const { value } = this.member(obj, String(name));
        Reflect.apply(value, obj, args);
      }
    };
  }
}

/** A ladder input, sent once and measured several times; a call that changes
 * it gets a fresh copy per repetition, decoded again from what was sent. */
class Staged {
  constructor(runner, payload) {
    this.runner = runner;
    this.payload = payload;
    this.mutates = null;
    this.kept = null;
  }

  fresh() {
    if (this.mutates === false && this.kept !== null) return this.kept;
    return new Decoder(this.runner).decode(this.payload)[0];
  }

  firstCall(target) {
    const args = this.fresh();
    const before = JSON.stringify(new Encoder(this.runner).encode(args));
    const start = cpuMicros();
    target(...args);
    const spent = (cpuMicros() - start) / 1e6;
    this.mutates = JSON.stringify(new Encoder(this.runner).encode(args)) !== before;
    if (!this.mutates) this.kept = args;
    return spent;
  }
}

const MUTATING_REPS = 8;

/** A full collection before timing (with --expose-gc): its pauses are noise, not the algorithm's cost. */
function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function timedBatches(target, staged, minSeconds, maxReps = 100000) {
  collect();
  let first;
  if (staged.mutates === null) first = staged.firstCall(target);
  else {
    const args = staged.fresh();
    const start = cpuMicros();
    target(...args);
    first = (cpuMicros() - start) / 1e6;
  }
  if (first >= minSeconds) {
    // The first call after a collection recompiles the code the collection
    // threw away: a long one is timed once more, warm, before it counts.
    const args = staged.fresh();
    const start = cpuMicros();
    target(...args);
    const again = (cpuMicros() - start) / 1e6;
    if (again >= minSeconds) return [again, 1];
  }
  if (staged.mutates) maxReps = Math.min(maxReps, MUTATING_REPS);
  let reps = 1;
  for (;;) {
    // No collection between batches: each would make the batch's first call cold again.
    const inputs = Array.from({ length: reps }, () => staged.fresh());
    const start = cpuMicros();
    for (const args of inputs) target(...args);
    const spent = (cpuMicros() - start) / 1e6;
    if (spent >= minSeconds || reps >= maxReps) return [spent / reps, reps];
    const grow = spent > 0 ? (minSeconds / spent) * 1.2 : 10;
    reps = Math.min(maxReps, Math.max(reps * 2, Math.floor(reps * grow) + 1));
  }
}

// -- what Python does with an object, done to a JavaScript one ---------------------

function operate(action, obj, args, swap) {
  const [a, b] = swap ? [args[0], obj] : [obj, args[0]];
  switch (action) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'str':
    case 'repr':
      return typeof obj === 'function' ? `[${isClass(obj) ? 'class' : 'function'} ${obj.name}]` : safeString(obj);
    case 'bool':
      return Boolean(obj);
    case 'hash':
      return 0;
    case 'len':
      if (typeof obj.length === 'number') return obj.length;
      if (typeof obj.size === 'number') return obj.size;
      throw new TypeError(`${describeType(obj)} has no length`);
    case 'iter':
      return Array.from(obj);
    case 'getitem':
      return util.types.isMap(obj) ? obj.get(args[0]) : obj[args[0]];
    case 'contains':
      if (typeof obj.has === 'function') return obj.has(args[0]);
      if (typeof obj.includes === 'function') return obj.includes(args[0]);
      return args[0] in obj;
    default:
      throw new TypeError(`'${action}' is not supported on a JavaScript ${describeType(obj)}`);
  }
}

function isClass(fn) {
  try {
    return /^class[\s{]/.test(Function.prototype.toString.call(fn));
  } catch (err) {
    return false;
  }
}

function describeType(obj) {
  if (typeof obj === 'function') return obj.name || 'function';
  return (obj && obj.constructor && obj.constructor.name) || typeof obj;
}

function describeObject(obj) {
  try {
    const isFunction = typeof obj === 'function';
    const proto = isFunction ? obj.prototype : Object.getPrototypeOf(obj);
    const methods = new Set();
    for (let p = proto; p && p !== Object.prototype && p.constructor !== Object; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p)) {
        const found = Object.getOwnPropertyDescriptor(p, name);
        if (name !== 'constructor' && found && typeof found.value === 'function') methods.add(name);
      }
    }
    if (!isFunction) for (const name of Object.keys(obj)) if (typeof obj[name] === 'function') methods.add(name);
    const type = describeType(obj).slice(0, 100);
    return { type, module: 'solution', mro: [type], methods: [...methods].slice(0, 300), class: isFunction && isClass(obj) };
  } catch (err) {
    return { type: 'object', methods: [] };
  }
}

function safeString(value) {
  try {
    return String(value);
  } catch (err) {
    return '<a value with an unprintable form>';
  }
}

function clip(text, cap = TEXT_CAP) {
  return text.length <= cap ? text : `${text.slice(0, cap)}... [${text.length - cap} more characters]`;
}

// -- one runner's life ------------------------------------------------------------

async function serve(reader, out) {
  const runner = new Runner(reader, out);
  runner.send({ id: null, ok: true, ready: VERSION, python: '', runtime: `node ${process.versions.node}` });
  for (;;) {
    // Calls waiting on promises: let what the last frame resolved run (and answer) before the next read blocks.
    if (runner.pending > 0) await new Promise((resolve) => setImmediate(resolve));
    const line = reader.readLine();
    if (line === null) return 0;
    let request = {};
    let response;
    try {
      request = JSON.parse(line);
      if (request === null || typeof request !== 'object' || Array.isArray(request)) throw new ProtocolError('a frame must be a JSON object');
      if (request.op === 'exit') return 0;
      if (request.op === 'reply') throw new ProtocolError("a callback's answer for no waiting call");
      response = runner.handle(request);
      if (response === PENDING) continue; // answered when its promise settles
      if (isThenable(response)) response = await waitingAlive(response); // a lone call that waits: nothing else can come
    } catch (err) {
      if (isOutOfMemory(err)) process.exit(EXIT_MEMORY);
      response = { ok: false, protocol_error: safeString(err && err.message) };
    }
    response.id = request && typeof request === 'object' ? request.id ?? null : null;
    runner.reply(response);
  }
}

const PENDING = Symbol('answered when its promise settles');

function isThenable(value) {
  try {
    return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
  } catch (err) {
    return false; // a `then` that throws when read: a value, not a promise
  }
}

/** `promise`, with the process kept alive meanwhile: a promise nothing will resolve is a wait (the judge's wall limit), not an exit. */
async function waitingAlive(promise) {
  const alive = setInterval(() => {}, 1 << 30);
  try {
    return await promise;
  } finally {
    clearInterval(alive);
  }
}

function isOutOfMemory(err) {
  return err instanceof RangeError && /Invalid string length|Array buffer allocation failed/.test(err.message);
}

// -- the container's supervisor (Python's zygote, for a runtime that cannot fork) ---

function supervise(reader, out, childFlags) {
  writeAll(out, frame({ id: null, ok: true, ready: VERSION, zygote: true, python: '' }));
  for (;;) {
    const line = reader.readLine();
    if (line === null) return 0;
    let request;
    try {
      request = JSON.parse(line);
    } catch (err) {
      continue; // the tail of a request a dying runner did not read
    }
    if (!request || request.op !== 'fork') continue;
    const before = oomKills();
    const child = require('child_process').spawnSync(process.execPath, [...childFlags, __filename, '--child'], { stdio: 'inherit' });
    killStrays();
    emptyTmp();
    const after = oomKills();
    const signal = child.signal ? require('os').constants.signals[child.signal] : 0;
    const ended = { code: child.status !== null ? child.status : -(signal || 9) };
    if (before !== null && after !== null) ended.oom = after > before;
    writeAll(out, frame({ id: null, ended }));
  }
}

const OOM_COUNTERS = ['/sys/fs/cgroup/memory.events', '/sys/fs/cgroup/memory/memory.oom_control'];

function oomKills() {
  for (const path of OOM_COUNTERS) {
    try {
      const found = fs.readFileSync(path, 'utf8').match(/^oom_kill (\d+)$/m);
      if (found) return Number(found[1]);
    } catch (err) {
      // not this cgroup version
    }
  }
  return null;
}

function killStrays() {
  try {
    process.kill(-1, 'SIGKILL'); // everything of ours but this process (and init)
  } catch (err) {
    // nothing left
  }
}

function emptyTmp(root = '/tmp') {
  try {
    for (const name of fs.readdirSync(root)) fs.rmSync(`${root}/${name}`, { recursive: true, force: true });
  } catch (err) {
    // a read-only or missing /tmp: nothing to empty
  }
}

function preferMeWhenOutOfMemory() {
  try {
    fs.writeFileSync('/proc/self/oom_score_adj', '1000'); // the kernel then takes this runner, not the supervisor
  } catch (err) {
    // not allowed here: the local sandbox
  }
}

function main(argv) {
  const reader = new LineReader(IN_FD);
  if (argv.includes('--zygote')) {
    const flags = (argv.find((a) => a.startsWith('--child-flags=')) || '--child-flags=').slice('--child-flags='.length);
    return supervise(reader, OUT_FD, flags ? flags.split(',') : []);
  }
  if (argv.includes('--child')) preferMeWhenOutOfMemory();
  return serve(reader, OUT_FD);
}

Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
  process.exit();
});
