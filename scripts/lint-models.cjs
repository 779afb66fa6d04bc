#!/usr/bin/env node
// Lints the BPMN and DMN models of processes/ (run through scripts/lint-models.sh, which installs
// the pinned linters with `npm ci` first). One line per finding:
//
//   processes/<file>.bpmn: <element id>: <rule>: <message>
//
// DMN files (processes/*.dmn) are linted by scripts/lint-dmn.cjs (dmnlint and the checks Modeler
// and the engine need). For BPMN files, two sets of checks:
//
// 1. bpmnlint with the project's .bpmnlintrc (bpmnlint:recommended + camunda-compat 7.24). Every
//    report counts, whatever its category (error, warn or info: the 7.24 rule of camunda-compat,
//    history-time-to-live, reports as info).
// 2. Diagram checks bpmnlint has not (rule names di/…), on what Camunda Modeler shows:
//    - di/label-overlap: an element's label box overlaps another element's shape or label box;
//    - di/label-word-split: a word of a label is wider than its label box, so the modeler cuts the
//      word in the middle (« Campag-ne ») — widths estimated with Arial 11 px, the labels' font.
//
// Options: --pending=a.bpmn,b.bpmn  files whose findings are printed but do not fail the run (a
//          file another branch is fixing); a pending file without findings is said so.
//          Files given as arguments: lint those instead of processes/*.bpmn and *.dmn.
// Exit code: 0 when no finding (outside pending files), 1 otherwise, 2 when the lint cannot run.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { lintDmnFile } = require('./lint-dmn.cjs');

const root = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const pending = new Set();
  const files = [];
  for (const arg of argv) {
    if (arg.startsWith('--pending=')) {
      arg
        .slice('--pending='.length)
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .forEach((name) => pending.add(path.basename(name)));
    } else if (arg.startsWith('--')) {
      throw new Error('unknown option ' + arg);
    } else {
      files.push(path.resolve(arg));
    }
  }
  if (!files.length) {
    const dir = path.join(root, 'processes');
    fs.readdirSync(dir)
      .filter((name) => name.endsWith('.bpmn') || name.endsWith('.dmn'))
      .sort()
      .forEach((name) => files.push(path.join(dir, name)));
  }
  return { pending, files };
}

// Arial advance widths (1/1000 em) of the characters that matter; others count as 556.
const ARIAL = {
  ' ': 278, i: 222, j: 222, l: 222, f: 278, t: 278, I: 278, r: 333, '(': 333, ')': 333,
  "'": 191, '’': 222, '-': 333, '.': 278, ',': 278, ':': 278, '?': 556, k: 500, s: 500, v: 500,
  x: 500, y: 500, z: 500, c: 500, m: 833, w: 722, M: 833, W: 944, A: 667, B: 667, C: 722,
  D: 722, E: 667, F: 611, G: 778, H: 722, J: 500, K: 667, L: 556, N: 722, O: 778, P: 667,
  Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, X: 667, Y: 667, Z: 611, 'œ': 944, 'é': 556,
  'è': 556, 'ê': 556, 'à': 556, 'ô': 556, 'ç': 500, 'î': 278, 'É': 667, '·': 278,
};
const LABEL_FONT_PX = 11;

function textWidth(text) {
  let units = 0;
  for (const ch of text) {
    units += ARIAL[ch] !== undefined ? ARIAL[ch] : 556;
  }
  return (units * LABEL_FONT_PX) / 1000;
}

function intersects(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The diagram checks (di/…) of one parsed model. */
function diagramFindings(definitions) {
  const findings = [];
  const shapes = [];
  const labels = [];
  for (const diagram of definitions.diagrams || []) {
    for (const di of (diagram.plane && diagram.plane.planeElement) || []) {
      const element = di.bpmnElement;
      if (!element) {
        continue;
      }
      if (di.$type === 'bpmndi:BPMNShape' && di.bounds) {
        shapes.push({ element, bounds: di.bounds });
      }
      if (di.label && di.label.bounds && element.name && element.name.trim()) {
        labels.push({ element, bounds: di.label.bounds, name: element.name.trim() });
      }
    }
  }
  const isAncestorOrSelf = (maybeAncestor, element) => {
    for (let e = element; e; e = e.$parent) {
      if (e === maybeAncestor) {
        return true;
      }
    }
    return false;
  };
  const attachedTo = (element) => element.attachedToRef;
  for (const label of labels) {
    const widest = label.name
      .split(/\s+/)
      .reduce((max, word) => Math.max(max, textWidth(word)), 0);
    if (widest > label.bounds.width + 2) {
      findings.push({
        id: label.element.id,
        rule: 'di/label-word-split',
        message: `a word of « ${label.name} » is wider (about ${Math.round(widest)} px) than its label box (${label.bounds.width} px)`,
      });
    }
    for (const shape of shapes) {
      if (
        shape.element === label.element ||
        // a container (sub-process, event sub-process) holds the labels of its content
        isAncestorOrSelf(shape.element, label.element) ||
        // a boundary event's label may touch the task it is attached to, as the modeler places it
        attachedTo(label.element) === shape.element
      ) {
        continue;
      }
      if (intersects(label.bounds, shape.bounds)) {
        findings.push({
          id: label.element.id,
          rule: 'di/label-overlap',
          message: `label « ${label.name} » overlaps the shape of ${shape.element.id}`,
        });
      }
    }
    for (const other of labels) {
      if (other === label || other.element.id < label.element.id) {
        continue;
      }
      if (intersects(label.bounds, other.bounds)) {
        findings.push({
          id: label.element.id,
          rule: 'di/label-overlap',
          message: `label « ${label.name} » overlaps the label of ${other.element.id}`,
        });
      }
    }
  }
  return findings;
}

async function lintFile(file, moddle, config) {
  const xml = fs.readFileSync(file, 'utf8');
  let parsed;
  try {
    parsed = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (e) {
    return [{ id: '-', rule: 'parse', message: e.message.split('\n')[0] }];
  }
  const findings = (parsed.warnings || []).map((w) => ({
    id: (w.element && w.element.id) || '-',
    rule: 'import',
    message: w.message.split('\n')[0],
  }));
  const linter = new Linter({ config, resolver: new NodeResolver() });
  const reports = await linter.lint(parsed.rootElement);
  for (const [rule, ruleReports] of Object.entries(reports)) {
    for (const report of ruleReports) {
      findings.push({
        id: report.id || '-',
        rule: report.name || rule,
        message: `${report.message} (${report.category})`,
      });
    }
  }
  return findings.concat(diagramFindings(parsed.rootElement));
}

async function main() {
  const { pending, files } = parseArgs(process.argv.slice(2));
  const config = JSON.parse(fs.readFileSync(path.join(root, '.bpmnlintrc'), 'utf8'));
  const moddle = new BpmnModdle();
  let failing = 0;
  let tolerated = 0;
  for (const file of files) {
    const name = path.relative(root, file);
    const findings = file.endsWith('.dmn')
      ? await lintDmnFile(file, root)
      : await lintFile(file, moddle, config);
    const isPending = pending.has(path.basename(file));
    for (const f of findings) {
      console.log(`${name}: ${f.id}: ${f.rule}: ${f.message}${isPending ? ' [pending]' : ''}`);
    }
    if (isPending) {
      tolerated += findings.length;
      if (!findings.length) {
        console.log(`${name}: clean: take it out of the pending list (models.lint.pending in pom.xml)`);
      }
    } else {
      failing += findings.length;
    }
  }
  console.log(
    `lint-models: ${files.length} file(s), ${failing} finding(s)` +
      (pending.size ? `, ${tolerated} in pending file(s) [${[...pending].join(', ')}] not counted` : '')
  );
  return failing ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('lint-models: ' + (e && e.stack ? e.stack : e));
    process.exit(2);
  }
);
