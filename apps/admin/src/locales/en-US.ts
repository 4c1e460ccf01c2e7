import type zhCN from './zh-CN.ts';

/** English UI text; same keys as zh-CN. */
const enUS: typeof zhCN = {
  app: { title: 'Kaoping', subtitle: 'Project-push assessment & ranking', logout: 'Log out', language: '中文', loading: 'Loading…' },
  params: { title: 'Parameters' },
  role: { admin: 'Admin', evaluator: 'Evaluator', reporter: 'Reporter', viewer: 'Viewer' },
  menu: { schemes: 'Schemes', overview: 'Overview', targets: 'Targets', editor: 'Rule editor', simulate: 'Simulate & publish', versions: 'Versions', runs: 'Runs', data: 'Data', users: 'Users', audit: 'Audit log' },
  common: {
    save: 'Save', cancel: 'Cancel', confirm: 'OK', add: 'Add', remove: 'Remove', edit: 'Edit', search: 'Search', reset: 'Reset', close: 'Close',
    yes: 'Yes', no: 'No', none: 'None', actions: 'Actions', name: 'Name', id: 'ID', note: 'Note', saved: 'Saved', back: 'Back', print: 'Print',
    refresh: 'Refresh', upload: 'Upload', all: 'All', unit: 'Unit', group: 'Group', indicator: 'Indicator', period: 'Period', value: 'Value', created: 'Created',
  },
  login: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', required: 'Enter username and password' },
  schemes: {
    list: 'Schemes', create: 'New scheme', fromTemplate: 'Copy a template', empty: 'Empty scheme', template: 'Template', idHint: 'lowercase letters, digits, hyphens, e.g. gulou-2022',
    groups: 'Groups', units: 'Units', indicators: 'Indicators', published: 'Published version', unpublished: 'Unpublished', open: 'Open', created: 'Scheme created',
  },
  targets: {
    title: 'Targets', import: 'Import Excel/CSV', dryRun: 'Check', commit: 'Import', preview: 'Check result', rowErrors: 'Row errors',
    noErrors: 'No row errors', rows: '{n} rows', file: 'File', row: 'Row', column: 'Column', message: 'Problem', chooseFile: 'Choose file', noFile: 'No file chosen (CSV or XLSX)',
    imported: 'Imported {n} rows', editHint: 'Double-click a value to edit it', annual: 'Annual target',
  },
  editor: {
    title: 'Rule editor', forms: 'Forms', json: 'JSON', save: 'Save draft', saved: 'Draft saved (revision {rev})', conflict: 'Someone else changed the draft; reload first',
    dirty: 'Unsaved changes', valid: 'Valid', problems: '{n} problems', basics: 'Basics', groups: 'Groups', weights: 'Weights', indicators: 'Indicators',
    methods: 'Methods', flags: 'Project flags', measures: 'Measures', veto: 'Veto', lists: 'Lists', lights: 'Lights', adjustments: 'Bonus / deduction',
    ranking: 'Ranking', facts: 'Facts', sum: 'Sum', addIndicator: 'Add indicator', addRule: 'Add rule', addList: 'Add list', addBand: 'Add band',
    addFlag: 'Add flag', method: 'Method', params: 'Params', cap: 'Cap', formula: 'Formula', formulas: 'Formulas (optional, override the method)', when: 'Condition',
    reason: 'Reason code', label: 'Label', groupsApplied: 'Groups (empty = all)', amount: 'Amount formula', detail: 'Detail formula', light: 'Light',
    noVeto: 'No veto rule', vetoUnranked: 'Vetoed units are not ranked', vetoLast: 'Vetoed units are ranked last', warning: 'Warning', enableVeto: 'Add veto rule', schemaErrors: 'JSON schema problems', engineErrors: 'Rule problems', checks: 'Static checks',
    jsonInvalid: 'JSON syntax error: {msg}', key: 'Sort key', order: 'Order', desc: 'Descending', asc: 'Ascending', round: 'Decimals', eligible: 'Eligible',
    inputMode: 'Input', targetOf: 'Target from', unitLabel: 'Unit', calendarStart: 'Start date', cadence: 'Cadence',
    month: 'Month', quarter: 'Quarter', year: 'Year', timeProgress: 'Time progress', months: 'By month', days: 'By day', window: 'Window', yearToDate: 'Year to date', periodOnly: 'Period only',
    escalate: 'Escalation',
  },
  cond: {
    all: 'All of', any: 'Any of', not: 'Not', addCondition: 'Add condition', addGroup: 'Add group', factLabel: 'Fact', operator: 'Operator', value: 'Value',
    path: 'Field', valueType: 'Value type', text: 'Text', number: 'Number', bool: 'Yes/No', list: 'List', factRef: 'Fact', nullValue: 'Null',
    empty: '(empty group, always true)', listHint: 'comma separated', switchToGroup: 'Make group', unknownFact: 'Unknown fact',
    op: { equal: 'equals', notEqual: 'not equal', lessThan: 'less than', lessThanInclusive: 'at most', greaterThan: 'greater than', greaterThanInclusive: 'at least', in: 'in', notIn: 'not in', contains: 'contains', doesNotContain: 'does not contain', inWindow: 'in the period' },
    fact: {
      rank: 'Rank', unitsRankedBelow: 'Units ranked below', total: 'Total', base: 'Base score', bonus: 'Bonus', deduction: 'Deduction', vetoed: 'Vetoed', light: 'Light',
      group: 'Group', unitId: 'Unit ID', completion: 'Completion', actual: 'Actual', target: 'Target', plan: 'Plan to date', score: 'Score', weight: 'Weight',
      applicable: 'Applicable', done: 'Task done', timeProgress: 'Time progress', industry: 'Industry', realEstate: 'Real estate', investment: 'Investment (10k CNY)',
      signedOn: 'Signed on', startedOn: 'Started on', completedOn: 'Completed on', foreign: 'Foreign', code: 'Code', kind: 'Kind', period: 'Period',
      count: 'Count', indicator: 'Indicator', value: 'Value',
    },
  },
  checks: {
    weightSum: 'Weights of “{group}” sum to {sum}, not 100', groupNoWeights: '“{group}” has no weights', unknownIndicator: 'Unknown indicator {id}',
    unknownGroup: 'Unknown group {id}', unreachableBand: 'Band {n} never applies (an earlier band has no condition)',
    band_gap: 'Light bands leave a gap at {fact} = {at}', band_overlap: 'Light bands overlap at {fact} = {at} (the first wins)',
    duplicateRule: 'Same as rule {n}', shadowedRule: 'Rule {n} always holds, so this rule changes nothing', unknownFact: 'Unknown fact “{fact}”',
  },
  schema: {
    required: 'Missing “{name}”', additional: 'Property “{name}” is not allowed', type: 'Must be {type}', enum: 'Must be one of: {values}',
    const: 'Must be {value}', pattern: 'Wrong format', min: 'Needs at least {limit}', minimum: 'Must be ≥ {limit}', maximum: 'Must be ≤ {limit}', other: '{message}',
  },
  sim: {
    effectiveHint: 'Runs as of this date or later use this version; periods already released are unaffected',
    title: 'Simulate & publish', asOf: 'As of', run: 'Simulate', draft: 'Draft', published: 'Published', noPublished: 'No published version yet', move: 'Move',
    entered: 'Entered', left: 'Left', lightChanged: 'Light changed', noChanges: 'Draft gives the same result as the published version', publish: 'Publish', publishNote: 'Change note',
    publishTitle: 'Publish a new version', published_ok: 'Published version {v}', changes: 'Differences', live: 'Simulates while you edit', computing: 'Computing…', noData: 'No data',
    listChanges: 'List changes', rankChanges: 'Ranking', invalidDraft: 'The draft has errors and cannot be simulated',
    lightsChanged: '{n} unit(s) with changed lights',
  },
  versions: { added: 'Added', removed: 'Removed', changed: 'Changed', effectiveFrom: 'Effective from', title: 'Versions', version: 'Version', note: 'Note', by: 'By', at: 'At', diff: 'Diff', restore: 'Restore as draft', restored: 'Version {v} restored as draft', compareWith: 'Compare with', noDiff: 'No differences', rule: 'Rule', field: 'Where', before: 'Before', after: 'After', restoreHint: 'Review, change and publish it again in the rule editor',
    sections: {
      groups: 'Groups', indicators: 'Indicators', adjustments: 'Bonus/deduction', facts: 'Facts', lists: 'Outcome lists', measures: 'Measures', projectFlags: 'Project flags',
      methods: 'Methods', weights: 'Weights', calendar: 'Calendar', ranking: 'Ranking', veto: 'Veto', inputs: 'Input mapping', base: 'Base score', total: 'Total',
      rounding: 'Rounding', name: 'Scheme name', description: 'Description', version: 'Pack version',
    },
  },
  runs: {
    title: 'Runs', start: 'Run', asOf: 'As of', version: 'Rule version', latest: 'Latest published', history: 'History', open: 'Open',
    ranking: 'Ranking', total: 'Total', base: 'Base', bonus: 'Bonus', deduction: 'Deduction', light: 'Light', vetoed: 'Vetoed', unranked: 'Unranked',
    explain: 'Explanation', export: 'Export Excel', exportCsv: 'Export CSV', bulletin: 'Bulletin', charts: 'Charts', lists: 'Lists', change: 'Change',
    trend: 'Score trend', matrix: 'Light matrix', groupBars: 'Group ranking', chooseUnit: 'Choose unit', noTrace: 'This run has no trace', computingTrend: 'Computing month by month…', noTrendAccess: 'The trend and light matrix are recomputed month by month from every unit\'s data; only evaluators can see them',
    previous: 'Previous run', noLights: 'This scheme has no light rules', started: 'Run finished', amount: 'Amount', reasons: 'Reasons',
    listCount: '{n}', notApplicable: 'N/A', overallLight: 'Overall light', matrixHint: 'Columns are "indicator month": ',
    lightsOnly: 'This scheme gives lights only: no scores, no ranking',
  },
  review: {
    status: 'Status', period: 'Period', runBy: 'Run by', releasedBy: 'Released by', release: 'Release', void: 'Void', releaseNote: 'Release note',
    voidReason: 'Reason for voiding', releasedOk: 'Result released', voidedOk: 'Run voided', official: 'Official', draft: 'Pending review', released: 'Released',
    voided: 'Voided', superseded: 'Superseded', draftHint: 'Pending review: reporters and viewers cannot see it until it is released', voidedHint: 'Voided ({by}): {reason}',
    supersededHint: 'Superseded by a newer release of this period', releasedHint: 'Released ({by}): {note}', gapsTitle: '{n} data gaps', acceptGaps: 'Accept gaps and run',
    gapsConfirm: 'Data is missing: missing targets count as not applicable (other indicators are rescaled), missing reports as not submitted. Run anyway?', gapsMore: '{n} more',
  },
  imports: {
    mode: 'Mode', merge: 'Merge', append: 'Append', replace: 'Replace table', modeHint: 'Merge updates rows with the same unit, indicator and period (projects: id), adds the others and deletes nothing',
    counts: '{added} added, {changed} changed, {unchanged} unchanged, {deleted} deleted', changes: 'Changed rows (before → after)', key: 'Record', before: 'Before', after: 'After',
    deletedRows: 'Rows to delete', confirmReplace: 'Replacing the table deletes {n} existing rows. Delete these {n} rows?', batches: 'Imports', undo: 'Undo', undone: 'Undone',
    undoConfirm: 'Undo this import? The table goes back to how it was before.', undoneOk: 'Import undone', file: 'File', actor: 'By', at: 'At', table: 'Table',
  },
  light: { green: 'Green', yellow: 'Yellow', red: 'Red' },
  bulletin: {
    gaps: 'III. Data gaps', gapsIntro: 'This run was made with {n} data gaps (missing targets not applicable, missing reports not submitted):',
    serial: 'No.', date: 'Issue date', editTemplate: 'Edit bulletin template', downloadDocx: 'Download Word', templateSaved: 'Bulletin template saved',
    placeholders: 'Placeholders (filled in when the bulletin is issued):',
    field: { redHeader: 'Red header', docNo: 'Doc No. pattern', title: 'Title', recipient: 'Addressees', opening: 'Opening', closing: 'Closing', signature: 'Signed by' },
  },
  data: { targets: 'Targets', projects: 'Projects', reports: 'Reports', events: 'Events', units: 'Units', import: 'Import', filter: 'Filter', progress: 'Uploading', addReport: 'Add report' },
  users: { title: 'Users', username: 'Username', role: 'Role', unitId: 'Unit', password: 'Password', create: 'New user', disabled: 'Disabled', active: 'Active', created: 'User created', updated: 'User updated', resetPassword: 'Reset password', newPassword: 'New password', unitHint: 'Unit ID, e.g. J03', passwordReset: 'Password reset; the user must sign in again' },
  audit: {
    title: 'Audit log', at: 'At', actor: 'Actor', action: 'Action', target: 'Target', detail: 'Detail',
    actions: {
      create: 'Create', update: 'Update', delete: 'Delete', import: 'Import', undo: 'Undo import', login: 'Sign in', logout: 'Sign out', login_failed: 'Failed sign-in',
      publish: 'Publish rules', restore: 'Restore version', run: 'Run', release: 'Release results', void: 'Void', approve: 'Approve', seed: 'Seed', submit: 'Submit', unlock: 'Unlock',
    },
    entities: {
      scheme: 'Scheme', draft: 'Draft', version: 'Version', run: 'Run', user: 'User', session: 'Session', target: 'Target', targets: 'Targets',
      report: 'Report', reports: 'Reports', units: 'Units', events: 'Events', projects: 'Projects', import_batch: 'Import batch', bulletin_template: 'Bulletin template',
    },
  },
  errors: {
    RULE_PACK_INVALID: 'The rule pack is invalid', FORMULA_INVALID: 'Invalid formula', CONDITION_INVALID: 'Invalid condition', DATA_INVALID: 'Invalid data', DATA_INCOMPLETE: 'Data incomplete',
    EVALUATION_FAILED: 'Evaluation failed', VALIDATION_FAILED: 'The request is invalid', NOT_FOUND: 'Not found', UNAUTHENTICATED: 'Please sign in',
    FORBIDDEN: 'Not allowed', CONFLICT: 'Changed by someone else; reload and retry', RATE_LIMITED: 'Too many requests; try later', INTERNAL: 'Server error',
    NETWORK: 'Cannot reach the server',
  },
};
export default enUS;
