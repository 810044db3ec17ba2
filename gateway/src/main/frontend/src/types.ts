// The shapes of the public REST API the dashboard reads (only the fields it uses).

export type ByStatus = Record<string, number>;

export interface ProjectFigures { total: number; byStatus: ByStatus; withoutLead: number; plannedInvestment: number; investmentCompleted: number }
export interface MilestoneFigures { year: number; total: number; due: number; achieved: number; overdue: number; atRisk: number; open: number; dropped: number; dueByStatus: ByStatus }
export interface IndicatorFigures { year: number; total: number; byStatus: ByStatus; binding: number; bindingInAlarm: number; alarms: { code: string; name: string; status: string; explanation: string }[] }
export interface Row { level: string; code: string; number?: number; title: string; id?: string; status?: string; projects: ProjectFigures; milestones: MilestoneFigures; indicators?: IndicatorFigures | null }
export interface Dashboard {
  scope: { level: string; code: string; number?: number; title: string };
  plan: string; planTitle: string; asOf: string; year: number;
  projects: ProjectFigures; milestones: MilestoneFigures; indicators?: IndicatorFigures;
  children: Row[]; unplaced?: Row;
}

export interface Listing<T> { asOf: string; year: number; total: number; items: T[]; summary: Record<string, unknown> }

export interface Status { status: string; rule: string; explanation: string }
export interface Milestone {
  milestoneId: string; title: string; plannedDate: string; originalPlannedDate: string; stage: string; percentComplete: number;
  startedOn?: string; achievedOn?: string; lastNarrative?: string; overdueSince?: string; droppedReason?: string;
  lastRescheduleReason?: string; status: Status;
}
export interface TimelineEntry { eventId: string; sequence: number; type: string; businessDate?: string; recordedAt: string; department?: string; client?: string; milestoneId?: string; summary: string }
export interface Risk { riskId: string; severity: string; description: string; raisedOn: string; resolvedOn?: string }
export interface Project {
  projectId: string; name: string; planRef: string; planCode: string; kind: string; leadDepartment?: string; coDepartments: string[];
  location?: string; plannedStart?: string; plannedEnd?: string; plannedInvestment?: number; investmentCompleted?: number;
  milestones: Milestone[]; timeline: TimelineEntry[]; lifecycle: string; risks: Risk[]; lastReportedOn?: string; status: Status;
  placement?: { plan: string; part?: number; chapter?: number; box?: number };
}

export interface Point { year: number; value: number }
export interface Evaluation { year: number; status: string; alarm: boolean; rule: string; expected?: number; observed?: number; explanation: string }
export interface Figure { period: string; value: number; kind: string; source?: string; laggedYear: boolean; note?: string; recordedAt: string; department?: string; replaced: { value: number; kind: string; replacedAt: string; reason?: string }[] }
export interface Indicator {
  code: string; planCode: string; category: string; name: string; unit: string; attribute: string;
  baseline?: { raw: string; value?: number; flags: string[] }; targetText: string; growthText: string;
  responsibleDepartments: string[]; observations: Figure[]; years: Evaluation[]; latest: Evaluation; alarm: boolean;
  history?: { sequence: number; type: string; at: string; department?: string; client?: string; period?: string; value?: number; kind?: string; previousValue?: number; reason?: string }[];
  trajectory: { measure: string; observed: Point[]; target: Point[] };
}

export interface Scorecard {
  department: string; name?: string; kind?: string; asOf: string; projectsLed: number; projectsCoLed: number;
  milestones: { achievedOnTime: number; achievedLate: number; overdue: number; atRisk: number; open: number; total: number };
  lastReportedOn?: string; daysSinceLastReport?: number;
  projects: { projectId: string; name: string; planRef: string; role: string; status: string; rule: string }[];
  indicators: { year: number; total: number; byStatus: ByStatus; inAlarm: number; items: { code: string; name: string; attribute: string; status: string; alarm: boolean; explanation: string }[] };
}

export interface AttentionItem { kind: string; subjectType: string; subjectId: string; subjectName: string; planRef: string; department?: string; departments: string[]; detail: string; days: number }

export interface Department { code: string; name: string; kind: string; status: string }

export interface CatalogPlan {
  code: string; title: string; approvedNote?: string; parentCode?: string;
  parts: { number: number; code: string; title: string; chapters: { number: number; code: string; title: string }[] }[];
  chapters: { number: number; code: string; title: string }[];
  boxes: { number: number; code: string; title: string; chapterCode: string; items: { code: string; label: string; kind: string }[] }[];
}
