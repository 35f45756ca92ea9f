import { Badge, Box, Button, Divider, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { TextLink } from './TextLink';
import type { TransitionOption } from '../../../../../modules/workflow/contracts';
import type { GetOrderWorkflow } from '../../../shared/contracts/orders';
import { useSignoffOrderMutation, useTransitionOrderMutation, useWaiveRuleMutation } from '../api';
import { useAdminGet } from '../hooks/useAdminGet';
import { exceptionCause } from './exceptionCause';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../hooks/useT';
import { useDay } from '../hooks/useDay';
import { DocumentsBlock } from './DocumentsBlock';

type WorkflowView = GetOrderWorkflow.Response['data'];

interface ApiError {
  message?: string;
  details?: { failures?: Array<{ message: string; messageZh: string }> };
}

const errorText = (error: unknown, zh: boolean) => {
  const e = error as ApiError | undefined;
  const failures = e?.details?.failures;
  if (failures?.length) return failures.map((f) => (zh ? f.messageZh : f.message)).join('; ');
  return e?.message ?? 'Error';
};

/** The order's workflow in its edit view: stage, moves (with why they are blocked), sign-offs, history. */
const WorkflowPanelContent = ({
  documentId,
  model,
  collectionType,
}: {
  documentId: string;
  model: string;
  collectionType: string;
}) => {
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const t = useT();
  const day = useDay();
  const { toggleNotification } = useNotification();
  const workflow = useAdminGet<{ data: WorkflowView }>(`/merchandiser/orders/${documentId}/workflow`);
  const [transition, { isLoading: moving }] = useTransitionOrderMutation();
  const [signoff, { isLoading: signing }] = useSignoffOrderMutation();
  const [waiveRule, { isLoading: waiving }] = useWaiveRuleMutation();
  const [comment, setComment] = useState('');

  if (!workflow.data) return <Typography textColor="neutral600">{t('common.loading', 'Loading…')}</Typography>;
  const view = workflow.data.data;
  const stageLabel = (stage: { name: string; nameZh: string } | null) =>
    stage ? (zh ? stage.nameZh : stage.name) : '—';
  const stageByKey = (key: string | null) => view.stages.find((s) => s.key === key) ?? null;
  const departmentName = (key: string) => {
    const department = view.departments.find((d) => d.key === key);
    return department ? (zh ? department.nameZh : department.name) : key;
  };
  const moveLabel = (move: TransitionOption) => {
    const stage = stageLabel(move);
    const labels: Record<TransitionOption['type'], string> = {
      forward: t('panel.move.forward', 'Move to {stage}', { stage }),
      back: t('panel.move.back', 'Back to {stage}', { stage }),
      hold: t('panel.move.hold', 'Put on hold'),
      resume: t('panel.move.resume', 'Resume at {stage}', { stage }),
      cancel: t('panel.move.cancel', 'Cancel order'),
    };
    return labels[move.type];
  };

  const move = async (option: TransitionOption) => {
    const result = await transition({
      model,
      documentId,
      collectionType,
      to: option.to,
      comment,
      expectedStage: view.stage?.key,
    });
    if ('error' in result && result.error) {
      toggleNotification({ type: 'danger', message: errorText(result.error, zh) });
    } else {
      setComment('');
      toggleNotification({
        type: 'success',
        message: t('panel.moved', 'Order moved to {stage}', { stage: stageLabel(option) }),
      });
    }
    workflow.reload();
  };

  const decide = async (stage: string, department: string, decision: 'approved' | 'rejected') => {
    const result = await signoff({ model, documentId, collectionType, stage, department, decision, comment });
    if ('error' in result && result.error) toggleNotification({ type: 'danger', message: errorText(result.error, zh) });
    else {
      setComment('');
      toggleNotification({ type: 'success', message: t('panel.signoff.done', 'Signed off') });
    }
    workflow.reload();
  };

  const waive = async (rule: string) => {
    const result = await waiveRule({ model, documentId, collectionType, rule, reason: comment });
    if ('error' in result && result.error) toggleNotification({ type: 'danger', message: errorText(result.error, zh) });
    else {
      setComment('');
      toggleNotification({ type: 'success', message: t('panel.waiver.done', 'Waived; the lateness stays on record') });
    }
    workflow.reload();
  };
  const waiverOf = (option: TransitionOption, rule: string) =>
    view.waivable.find((w) => w.to === option.to && w.rule === rule);

  const forward = view.transitions.find((m) => m.type === 'forward');
  const history = [...view.history].reverse().slice(0, 8);

  return (
    <Flex direction="column" gap={3} alignItems="stretch" width="100%" data-testid="order-panel">
      <Box>
        <Typography variant="sigma" textColor="neutral600">
          {t('panel.stage', 'Stage')}
        </Typography>
        <Flex gap={2} wrap="wrap">
          <Typography variant="delta" data-testid="panel-stage">
            {stageLabel(view.stage)}
          </Typography>
          {view.stage?.enteredAt && (
            <Typography variant="pi" textColor="neutral600">
              {t('panel.enteredAt', 'since {date}', { date: day(view.stage.enteredAt) })}
            </Typography>
          )}
        </Flex>
        {view.heldStage && <Badge>{t('panel.held', 'Held in {stage}', { stage: stageLabel(view.heldStage) })}</Badge>}
      </Box>

      {view.risk.atRisk && (
        <Box background="danger100" padding={3} hasRadius data-testid="panel-risk">
          <Typography fontWeight="bold" textColor="danger700">
            {view.risk.projectedReady
              ? t('panel.risk', 'At risk: ready {date}, {days, plural, one {# day} other {# days}} late', {
                  date: day(view.risk.projectedReady),
                  days: view.risk.daysLate,
                })
              : t('panel.risk.undated', 'At risk')}
          </Typography>
          <Typography variant="pi" tag="p">
            {t(`risk.${view.risk.cause}`, view.risk.cause ?? '')}
            {view.risk.milestone ? `: ${zh ? view.risk.milestone.nameZh : view.risk.milestone.name}` : ''}
          </Typography>
          <Typography variant="pi" tag="p" textColor="neutral700">
            {view.exception
              ? t('panel.risk.exception', 'Exception: {cause}{action}', {
                  cause: exceptionCause(view.exception.cause, zh),
                  action: view.exception.action ? ` — ${view.exception.action}` : '',
                })
              : t('atRisk.noCause', 'No exception recorded')}
          </Typography>
        </Box>
      )}

      <Field.Root name="comment" hint={t('panel.comment.hint', 'Required to go back or to cancel')}>
        <Field.Label>{t('panel.comment', 'Comment')}</Field.Label>
        <Textarea
          value={comment}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
        />
        <Field.Hint />
      </Field.Root>

      <Flex direction="column" gap={2} alignItems="stretch">
        <Typography variant="sigma" textColor="neutral600">
          {t('panel.moves', 'Next moves')}
        </Typography>
        {view.transitions.map((option) => {
          const blocked = !option.allowed || (option.commentRequired && !comment.trim());
          return (
            <Box key={`${option.type}-${option.to}`}>
              <Button
                fullWidth
                variant={
                  option.type === 'forward' ? 'default' : option.type === 'cancel' ? 'danger-light' : 'secondary'
                }
                disabled={blocked || moving}
                onClick={() => move(option)}
                data-testid={`move-${option.type}`}
              >
                {moveLabel(option)}
              </Button>
              {option.failures.length > 0 && (
                <Box paddingTop={1}>
                  <Typography variant="pi" textColor="danger600">
                    {t('panel.blocked', 'Blocked by:')}
                  </Typography>
                  {option.failures.map((failure) => {
                    const waiver = waiverOf(option, failure.rule);
                    return (
                      <Box key={failure.rule}>
                        <Typography variant="pi" textColor="danger600" tag="p">
                          · {zh ? failure.messageZh : failure.message}
                        </Typography>
                        {waiver && view.signable.includes(waiver.department) && (
                          <Button
                            size="S"
                            variant="tertiary"
                            disabled={waiving || !comment.trim()}
                            onClick={() => waive(failure.rule)}
                            data-testid={`waive-${failure.rule}`}
                            title={t('panel.waiver.hint', 'The comment is the reason, kept on record')}
                          >
                            {t('panel.waiver.action', 'Waive for {department} (reason: the comment)', {
                              department: departmentName(waiver.department),
                            })}
                          </Button>
                        )}
                      </Box>
                    );
                  })}
                </Box>
              )}
            </Box>
          );
        })}
      </Flex>

      {forward && forward.signoffs.length > 0 && (
        <Flex direction="column" gap={2} alignItems="stretch">
          <Typography variant="sigma" textColor="neutral600">
            {t('panel.signoffs', 'Sign-offs for {stage}', { stage: stageLabel(forward) })}
          </Typography>
          {forward.signoffs.map((signoffState) => (
            <Flex key={signoffState.department} direction="column" gap={1} alignItems="stretch">
              <Flex justifyContent="space-between">
                <Typography>{departmentName(signoffState.department)}</Typography>
                <Badge
                  variant={
                    signoffState.decision === 'approved'
                      ? 'success'
                      : signoffState.decision === 'rejected'
                        ? 'danger'
                        : 'neutral'
                  }
                >
                  {t(`panel.signoff.${signoffState.decision ?? 'pending'}`, signoffState.decision ?? 'pending')}
                </Badge>
              </Flex>
              {view.signable.includes(signoffState.department) && signoffState.decision !== 'approved' && (
                <Flex gap={2}>
                  <Button
                    size="S"
                    variant="success-light"
                    disabled={signing}
                    onClick={() => decide(forward.to, signoffState.department, 'approved')}
                  >
                    {t('panel.signoff.approve', 'Approve for {department}', {
                      department: departmentName(signoffState.department),
                    })}
                  </Button>
                  <Button
                    size="S"
                    variant="danger-light"
                    disabled={signing || !comment.trim()}
                    onClick={() => decide(forward.to, signoffState.department, 'rejected')}
                  >
                    {t('panel.signoff.reject', 'Reject for {department}', {
                      department: departmentName(signoffState.department),
                    })}
                  </Button>
                </Flex>
              )}
            </Flex>
          ))}
        </Flex>
      )}

      <TextLink to={`/plugins/${PLUGIN_ID}/orders/${documentId}/lines`}>
        {t('panel.lines', 'Edit size breakdown')}
      </TextLink>
      <TextLink to={`/plugins/${PLUGIN_ID}/orders/${documentId}/packing`} data-testid="panel-packing">
        {t('panel.packing', 'Packing list (cartons, CBM, tolerance)')}
      </TextLink>
      <TextLink to={`/plugins/${PLUGIN_ID}/orders/${documentId}/time-and-action`} data-testid="panel-ta">
        {t('panel.timeAndAction', 'T&A calendar (planned vs actual)')}
      </TextLink>

      <Divider />
      <DocumentsBlock documentId={documentId} />

      <Divider />
      <Flex direction="column" gap={1} alignItems="stretch" data-testid="panel-history">
        <Typography variant="sigma" textColor="neutral600">
          {t('panel.history', 'History')}
        </Typography>
        {history.map((entry) => (
          <Box key={entry.documentId}>
            <Typography variant="pi" tag="p">
              {entry.kind === 'created'
                ? t('panel.history.created', 'Created at {stage}', { stage: stageLabel(stageByKey(entry.toStage)) })
                : entry.kind === 'transition'
                  ? t('panel.history.transition', '{from} → {to}', {
                      from: stageLabel(stageByKey(entry.fromStage)),
                      to: stageLabel(stageByKey(entry.toStage)),
                    })
                  : entry.kind === 'waiver'
                    ? t('panel.history.waiver', '{department}: waiver', {
                        department: departmentName(entry.department ?? ''),
                      })
                    : entry.kind === 'signoff'
                      ? t('panel.history.signoff', '{department}: {decision} for {stage}', {
                          department: departmentName(entry.department ?? ''),
                          decision: t(`panel.signoff.${entry.decision ?? 'pending'}`, entry.decision ?? ''),
                          stage: stageLabel(stageByKey(entry.stage)),
                        })
                      : t('panel.history.revision', 'Revision')}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {entry.at.slice(0, 16).replace('T', ' ')} · {entry.actorName}
              {entry.comment ? ` · ${entry.comment}` : ''}
            </Typography>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};

/** The content-manager side panel: only on a saved order. */
export const OrderPanel: PanelComponent = ({ model, documentId, collectionType }: PanelComponentProps) => {
  const t = useT();
  if (model !== 'api::order.order' || !documentId) return null;
  return {
    title: t('panel.title', 'Workflow (跟单)'),
    content: <WorkflowPanelContent documentId={documentId} model={model} collectionType={collectionType} />,
  };
};
