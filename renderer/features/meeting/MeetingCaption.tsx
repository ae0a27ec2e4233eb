/**
 * Meeting mode's caption: what the team sees now, in large type, with the step count — the
 * title slide (school, question, date, who answered), the reveal steps, each chosen finding
 * with its suggestion, and the closing "what will we do?". Arrow keys and space step forward
 * and back; Escape leaves meeting mode (the meeting commands in renderer/commands/registry.ts).
 */
import { useLayoutEffect, useRef } from 'react';
import { formatDate } from '../../../shared/i18n/format-date';
import { formatPercent } from '../../../shared/i18n/translate';
import { surveyQuestion } from '../../../shared/import/survey-question';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { activeEntry, useAppState } from '../../state/app-store';
import { runCommand } from '../../commands/registry';
import { useNames } from '../../state/use-names';
import { useT, useTKey } from '../../state/use-t';
import { boundsText } from '../../../shared/findings/bounds';
import { meetingComparison, meetingSteps, type MeetingComparison, type MeetingStep } from './meeting-steps';
import { waveName } from '../waves/wave-name';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import type { MessageParams } from '../../../shared/i18n/translate';
import { PlanList } from '../plan/PlanList';

export function MeetingCaption({ result }: { result: AnalysisResult }) {
  const t = useT();
  const tKey = useTKey();
  const step = useAppState((s) => s.meeting) ?? 0;
  const deck = useAppState((s) => s.project.deck);
  const comparison = useAppState(meetingComparison);
  const waves = useAppState((s) => s.project.waves);
  const locale = useAppState((s) => s.locale);
  const names = useNames(result);
  const steps = meetingSteps(result, deck, comparison);
  // The map keeps clear of the caption, however tall a slide's text is.
  const caption = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = caption.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--meeting-caption-height', `${Math.ceil(el.getBoundingClientRect().height) + 12}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--meeting-caption-height');
    };
  }, []);
  const current = steps[Math.min(step, steps.length - 1)];

  if (!current) return null;
  const finding = current.kind === 'finding' ? result.findings.findings.find((f) => f.id === current.id) : null;
  return (
    <div ref={caption} className={`meeting-caption meeting-${current.kind}`} data-testid="meeting-caption" aria-live="polite">
      <div className="meeting-text">
        {current.kind === 'title' ? (
          <TitleSlide result={result} />
        ) : isCompareStep(current) ? (
          comparison && (
            <CompareSlide step={current} comparison={comparison} wave={(id) => waveName(locale, waves, id)} text={(k, p) => names.text(k, p)} t={t} />
          )
        ) : finding ? (
          <>
            <div className="meeting-title">{names.text(finding.message.key, finding.message.params)}</div>
            <div className="meeting-detail">{names.text(finding.detail.key, finding.detail.params)}</div>
            {finding.bounds && (
              <div className="meeting-detail meeting-bounds" data-testid="meeting-bounds">
                {(() => {
                  const text = boundsText(finding.bounds, result.analysis.network.responseRate);
                  return tKey(text.key, text.params);
                })()}
              </div>
            )}
            {finding.suggestion && (
              <div className="meeting-suggestion" data-testid="meeting-suggestion">
                <strong>{t('findings.suggestion')}:</strong> {names.text(finding.suggestion.key, finding.suggestion.params)}
              </div>
            )}
          </>
        ) : current.kind !== 'finding' ? (
          <>
            <div className="meeting-title">{stepTitle(current, t)}</div>
            <div className="meeting-detail">{stepDetail(current, steps, t)}</div>
            {current.kind === 'closing' && <PlanList result={result} editable={false} />}
          </>
        ) : null}
      </div>
      <div className="meeting-nav">
        <span data-testid="meeting-step">
          {step + 1} / {steps.length}
        </span>
        <span className="muted">{t('meeting.keys')}</span>
        <button type="button" onClick={() => runCommand('meeting.exit')} data-testid="meeting-exit">
          {t('meeting.exit')}
        </button>
      </div>
    </div>
  );
}

type CompareStep = Extract<MeetingStep, { kind: 'compare-before' | 'compare-after' | 'compare-changes' | 'compare-highlight' }>;
type Step = Exclude<MeetingStep, { kind: 'title' } | { kind: 'finding' } | CompareStep>;

function isCompareStep(step: MeetingStep): step is CompareStep {
  return step.kind.startsWith('compare-');
}

/** The slides of a comparison: then, now (same people, same places), what changed, each change in words. */
function CompareSlide({
  step,
  comparison,
  wave,
  text,
  t,
}: {
  step: CompareStep;
  comparison: MeetingComparison;
  wave: (id: string) => string;
  text: (key: MessageKey, params: MessageParams) => string;
  t: T;
}) {
  const c = comparison.comparison;
  if (step.kind === 'compare-highlight') {
    const h = c.highlights[step.index];
    return h ? <div className="meeting-title">{text(h.key, h.params)}</div> : null;
  }
  if (step.kind === 'compare-before')
    return (
      <>
        <div className="meeting-title">{t('meeting.compare.before', { wave: wave(comparison.beforeId) })}</div>
        <div className="meeting-detail">{t('meeting.compare.before.detail')}</div>
      </>
    );
  if (step.kind === 'compare-after')
    return (
      <>
        <div className="meeting-title">{t('meeting.compare.after', { wave: wave(comparison.afterId) })}</div>
        <div className="meeting-detail">{t('meeting.compare.after.detail')}</div>
      </>
    );
  return (
    <>
      <div className="meeting-title">{t('meeting.compare.changes')}</div>
      <div className="meeting-detail">{t('meeting.compare.changes.detail', { new: c.ties.new.length, lost: c.ties.lost.length, kept: c.ties.kept })}</div>
    </>
  );
}
type T = ReturnType<typeof useT>;

function stepTitle(step: Step, t: T): string {
  if (step.kind === 'others') return t('meeting.others', { groups: step.groups });
  return t(`meeting.${step.kind as 'groups' | 'within' | 'between' | 'closing'}`);
}

function stepDetail(step: Step, steps: MeetingStep[], t: T): string {
  if (step.kind === 'others') return t('meeting.others.detail', { groups: step.groups });
  if (step.kind === 'between' && steps.some((s) => s.kind === 'others'))
    return t('meeting.between.grades.detail', { groups: steps.flatMap((s) => (s.kind === 'others' ? s.groups : [])) });
  return t(`meeting.${step.kind as 'groups' | 'within' | 'between' | 'closing'}.detail`);
}

/** The first slide: which school, the question the team answered, when, and how many answered. */
function TitleSlide({ result }: { result: AnalysisResult }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const isDemo = useAppState((s) => s.project.isDemo);
  const entry = useAppState(activeEntry);
  const job = entry?.job;
  const question = isDemo ? t('demo.question') : job?.kind === 'request' ? surveyQuestion(job.request) : null;
  const school = isDemo ? t('demo.school') : (result.source.files[0] ?? 'Talkmap').replace(/\.[^.]+$/, '');
  const people = result.network.people.length;
  const respondents = result.network.people.filter((p) => p.responded).length;
  const comparison = useAppState(meetingComparison);
  const waves = useAppState((s) => s.project.waves);
  const facts = [
    comparison
      ? t('meeting.compare.waves', { before: waveName(locale, waves, comparison.beforeId), after: waveName(locale, waves, comparison.afterId) })
      : entry?.date
        ? formatDate(locale, entry.date, 'long')
        : null,
    t('meeting.title.response', { respondents, people, pct: formatPercent(locale, people > 0 ? respondents / people : 0) }),
  ].filter((f): f is string => f !== null);
  return (
    <>
      <div className="meeting-title" data-testid="meeting-school">
        {school}
      </div>
      {question && <div className="meeting-question">“{question}”</div>}
      <div className="meeting-detail">{facts.join(' · ')}</div>
    </>
  );
}
