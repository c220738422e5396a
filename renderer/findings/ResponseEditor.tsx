/**
 * Recording what was done with a finding ("what we did"), in a modal dialog: the status, the reason in plain words
 * for the people who took part, the action or measure it became (suggested from the finding's own), and who is
 * recording it (prefilled with the name this device's person gave). The time is the command's.
 */
import { useEffect, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
} from 'react-aria-components';
import { RESPONSE_STATUSES, type ResponseStatus } from '../../shared/domain/actionPlan';
import type { Finding } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { showUndoNotice } from '../app/useUndoableAct';
import { clearResponse, recordResponse } from '../data/commands/findings';
import { loadUserName } from '../data/deviceNamer';
import { describeError } from '../data/errors';
import { DialogFooter } from '../ui/ConfirmDialog';
import { SuggestField } from '../ui/SuggestField';
import { useT, uiTranslator } from '../ui/i18n';
import { responseWords } from './findingText';

export function ResponseEditor({ finding, title }: { finding: Finding; title: string }) {
  const { t } = useT();
  return (
    <DialogTrigger>
      <Button
        className="small-button"
        aria-label={finding.response ? t('response.changeLabel', { title }) : t('response.recordLabel', { title })}
      >
        {finding.response ? t('response.change') : t('response.record')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => <ResponseForm finding={finding} title={title} close={close} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ResponseForm({ finding, title, close }: { finding: Finding; title: string; close(): void }) {
  const { runner, db } = useData();
  const { t } = useT();
  const id = `response-${finding.id}`;
  const [status, setStatus] = useState<ResponseStatus | null>(finding.response?.status ?? null);
  const [reason, setReason] = useState(finding.response?.reason ?? '');
  const [outcome, setOutcome] = useState(finding.response?.outcome ?? '');
  const [recordedBy, setRecordedBy] = useState(finding.response?.recordedBy ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!finding.response?.recordedBy) void loadUserName(db).then((name) => live && name && setRecordedBy(name));
    return () => {
      live = false;
    };
  }, [db, finding.response?.recordedBy]);

  const save = async () => {
    if (!status) {
      setError(t('response.choose'));
      return;
    }
    try {
      await recordResponse(runner, finding.id, { status, reason, outcome, recordedBy });
      announce(t('response.recorded'));
      close();
    } catch (failure) {
      setError(describeError(failure, uiTranslator()));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Heading slot="title">{t('finding.whatWeDid')}</Heading>
      <p className="muted">{title}</p>
      <RadioGroup className="response-status" value={status} onChange={(value) => setStatus(value as ResponseStatus)}>
        <Label className="strong">{t('response.label')}</Label>
        {RESPONSE_STATUSES.map((s) => (
          <Radio key={s} value={s} className="radio">
            <span className="radio-mark" aria-hidden="true" />
            <span>{responseWords(s)}</span>
          </Radio>
        ))}
      </RadioGroup>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('response.why')}</label>
        <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <SuggestField
        label={t('response.became')}
        value={outcome}
        onChange={setOutcome}
        suggestions={[...finding.actions.map((a) => a.text), ...finding.measures.map((m) => m.text)]}
      />
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('response.by')}</label>
        <input
          id={`${id}-by`}
          type="text"
          maxLength={80}
          value={recordedBy}
          onChange={(e) => setRecordedBy(e.target.value)}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <DialogFooter>
        {finding.response && (
          <Button
            type="button"
            onPress={() =>
              clearResponse(runner, finding.id).then(
                () => {
                  close();
                  showUndoNotice(runner, t('response.cleared'));
                },
                (failure: unknown) => setError(describeError(failure, uiTranslator())),
              )
            }
          >
            {t('response.clear')}
          </Button>
        )}
        <Button type="button" onPress={close}>
          {t('ui.cancel')}
        </Button>
        <Button type="submit" className="primary-button">
          {t('response.save')}
        </Button>
      </DialogFooter>
    </form>
  );
}
