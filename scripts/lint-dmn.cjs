// The DMN half of scripts/lint-models.cjs: lints one processes/*.dmn file. Findings have the same
// shape as the BPMN ones ({ id, rule, message }), and any of them fails the run.
//
// 1. dmnlint (bpmn-io) with the project's .dmnlintrc (dmnlint:recommended: label-required,
//    no-duplicate-requirements); parse warnings of dmn-moddle (DMN 1.3) count as rule "import".
// 2. What Camunda Modeler and the Camunda 7.24 engine need and dmnlint does not check (rules dmn/…):
//    - dmn/version: DMN 1.3 (the namespace Modeler 5 writes; 1.1 and 1.2 files must be migrated);
//    - dmn/execution-platform: modeler:executionPlatform "Camunda Platform", version 7.24;
//    - dmn/history-time-to-live: camunda:historyTimeToLive on every decision (the engine refuses
//      a decision without it);
//    - dmn/diagram: a DMNShape for every decision (Modeler shows nothing without DMNDI);
//    - dmn/label: every input and output of a table has a French label, every output a name;
//    - dmn/rule-width: every rule has one entry per input and per output;
//    - dmn/quoted-string: a string output cell is empty or a FEEL string between quotes (P7D
//      without quotes is read as a variable and yields nothing).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const DmnModdle = require('dmn-moddle');
const { Linter } = require('dmnlint');
const NodeResolver = require('dmnlint/lib/resolver/node-resolver');

const DMN13 = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
const CAMUNDA_DMN = 'http://camunda.org/schema/1.0/dmn';
const MODELER = 'http://camunda.org/schema/modeler/1.0';

/** The value of a foreign attribute (namespace URI + local name) of a moddle element. */
function foreignAttr(element, definitions, uri, local) {
  const attrs = element.$attrs || {};
  const prefixes = Object.keys(definitions.$attrs || {})
    .filter((k) => k.startsWith('xmlns:') && definitions.$attrs[k] === uri)
    .map((k) => k.slice('xmlns:'.length));
  for (const prefix of prefixes) {
    if (attrs[`${prefix}:${local}`] !== undefined) {
      return attrs[`${prefix}:${local}`];
    }
  }
  return undefined;
}

function ownFindings(xml, definitions) {
  const findings = [];
  const add = (id, rule, message) => findings.push({ id: id || '-', rule, message });
  if (!xml.includes(`xmlns="${DMN13}"`) && !xml.includes(`"${DMN13}"`)) {
    add(definitions.id, 'dmn/version', 'not DMN 1.3: open and save it in Camunda Modeler 5');
  }
  const platform = foreignAttr(definitions, definitions, MODELER, 'executionPlatform');
  const version = foreignAttr(definitions, definitions, MODELER, 'executionPlatformVersion');
  if (platform !== 'Camunda Platform' || !/^7\.24(\.|$)/.test(version || '')) {
    add(
      definitions.id,
      'dmn/execution-platform',
      `execution platform is « ${platform} ${version} », expected Camunda Platform 7.24`
    );
  }
  const shapes = new Set();
  for (const diagram of (definitions.dmnDI && definitions.dmnDI.diagrams) || []) {
    for (const element of diagram.diagramElements || []) {
      if (element.$type === 'dmndi:DMNShape' && element.dmnElementRef) {
        shapes.add(element.dmnElementRef.id);
      }
    }
  }
  for (const decision of (definitions.drgElement || []).filter((e) => e.$type === 'dmn:Decision')) {
    if (!shapes.has(decision.id)) {
      add(decision.id, 'dmn/diagram', 'no DMNShape in the diagram (DMNDI)');
    }
    const ttl = foreignAttr(decision, definitions, CAMUNDA_DMN, 'historyTimeToLive');
    if (ttl === undefined || String(ttl).trim() === '') {
      add(decision.id, 'dmn/history-time-to-live', 'camunda:historyTimeToLive is missing');
    }
    const table = decision.decisionLogic;
    if (!table || table.$type !== 'dmn:DecisionTable') {
      continue;
    }
    const inputs = table.input || [];
    const outputs = table.output || [];
    for (const input of inputs) {
      if (!(input.label || '').trim()) {
        add(input.id, 'dmn/label', 'input without label');
      }
    }
    for (const output of outputs) {
      if (!(output.label || '').trim()) {
        add(output.id, 'dmn/label', 'output without label');
      }
      if (!(output.name || '').trim()) {
        add(output.id, 'dmn/label', 'output without name (the variable the application reads)');
      }
    }
    for (const rule of table.rule || []) {
      const inputEntries = rule.inputEntry || [];
      const outputEntries = rule.outputEntry || [];
      if (inputEntries.length !== inputs.length || outputEntries.length !== outputs.length) {
        add(
          rule.id,
          'dmn/rule-width',
          `${inputEntries.length} input and ${outputEntries.length} output cells for ${inputs.length} inputs and ${outputs.length} outputs`
        );
      }
      outputEntries.forEach((entry, i) => {
        const output = outputs[i];
        const text = ((entry && entry.text) || '').trim();
        if (output && output.typeRef === 'string' && text && !/^"[^"]*"$/.test(text)) {
          add(entry.id || rule.id, 'dmn/quoted-string', `« ${text} » of ${output.name} needs quotes: "${text}"`);
        }
      });
    }
  }
  return findings;
}

let cachedConfig;
function config(root) {
  if (!cachedConfig) {
    cachedConfig = JSON.parse(fs.readFileSync(path.join(root, '.dmnlintrc'), 'utf8'));
  }
  return cachedConfig;
}

async function lintDmnFile(file, root) {
  const xml = fs.readFileSync(file, 'utf8');
  let parsed;
  try {
    // dmn-moddle 9 (the one dmnlint 0.2.0 uses) calls back with (error, definitions, context)
    parsed = await new Promise((resolve, reject) =>
      new DmnModdle().fromXML(xml, 'dmn:Definitions', (error, rootElement, context) =>
        error ? reject(error) : resolve({ rootElement, warnings: (context && context.warnings) || [] })
      )
    );
  } catch (e) {
    return [
      {
        id: '-',
        rule: 'parse',
        message: `${e.message.split('\n')[0]} (a DMN 1.3 file is expected: open and save it in Camunda Modeler 5)`,
      },
    ];
  }
  const findings = (parsed.warnings || []).map((w) => ({
    id: (w.element && w.element.id) || '-',
    rule: 'import',
    message: w.message.split('\n')[0],
  }));
  const linter = new Linter({ config: config(root), resolver: new NodeResolver() });
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
  return findings.concat(ownFindings(xml, parsed.rootElement));
}

module.exports = { lintDmnFile };
