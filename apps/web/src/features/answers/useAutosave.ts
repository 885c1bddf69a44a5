import { useMutation } from '@apollo/client/react';
import { answerInputText, readAnswerInput, type AnswerInputProblem, type AnswerValue } from '@samrad/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiError, errorText } from '../../shared/errors';
import { SAVE_ANSWER } from './answers.graphql';
import type { AnswerView, CurrentAnswer, QuestionView } from './types';

export type SaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error' | 'invalid';

/** Typing waits this long after the last key; a choice or leaving the field saves at once. */
export const TYPING_DEBOUNCE_MS = 800;

interface Entry {
  raw: string;
  comment: string;
}
/** The saved answer an edit is based on: its version is what saveAnswer sends as expectedVersion. */
interface Base extends Entry {
  version: number;
}

/**
 * Autosave of one question. The draft is based on the answer as loaded (`base`); every save sends
 * that version, so a change someone made meanwhile is never overwritten: the API answers CONFLICT
 * with their answer and the person chooses ("keep mine" re-saves on their version, "take theirs"
 * replaces the draft). Someone else's save is taken into the form only while this question is
 * neither focused nor changed here; otherwise it is only noted (`remote`) and the next save meets it.
 */
export function useAutosave({
  roundId,
  municipalityId,
  question,
  answer,
  userId,
}: {
  roundId: string;
  municipalityId: string;
  question: QuestionView;
  answer: AnswerView | undefined;
  userId: string;
}) {
  const { t, i18n } = useTranslation('answers');
  const { answerType, options, id: indicatorId } = question.indicator;
  const entryOf = useCallback(
    (value: AnswerValue | null | undefined, comment: string | null | undefined): Entry => ({
      raw: answerInputText(answerType, value, i18n.language),
      comment: comment ?? '',
    }),
    [answerType, i18n.language],
  );
  const [saveAnswer] = useMutation(SAVE_ANSWER);

  const [base, setBaseState] = useState<Base>(() => ({
    version: answer?.version ?? 0,
    ...entryOf(answer?.value, answer?.comment),
  }));
  const [draft, setDraftState] = useState<Entry>(() => ({ raw: base.raw, comment: base.comment }));
  const [state, setStateState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<AnswerInputProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<CurrentAnswer | null>(null);
  const [remote, setRemote] = useState<{ name: string; at: string } | null>(null);

  // The save runs outside render: it reads the latest of everything through this ref.
  const now = useRef({ base, draft, state, answer });
  now.current.answer = answer;
  const setBase = (next: Base) => {
    now.current.base = next;
    setBaseState(next);
  };
  const setDraft = (next: Entry) => {
    now.current.draft = next;
    setDraftState(next);
  };
  const setState = (next: SaveState) => {
    now.current.state = next;
    setStateState(next);
  };
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const dirty = () =>
    now.current.draft.raw !== now.current.base.raw || now.current.draft.comment !== now.current.base.comment;

  const adopt = (from: AnswerView) => {
    const entry = entryOf(from.value, from.comment);
    setBase({ version: from.version, ...entry });
    setDraft(entry);
    setRemote(null);
  };

  const save = async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    if (now.current.state === 'conflict' || !dirty()) return;
    const { base: from, draft: entry } = now.current;
    const read = readAnswerInput(answerType, options ?? null, entry.raw);
    if ('problem' in read) {
      setProblem(read.problem);
      setState('invalid');
      return;
    }
    setProblem(null);
    setError(null);
    setState('saving');
    inFlight.current = true;
    try {
      const result = await saveAnswer({
        variables: {
          input: {
            roundId,
            municipalityId,
            indicatorId,
            value: read.value,
            comment: entry.comment.trim() || null,
            expectedVersion: from.version,
          },
        },
      });
      const saved = result.data?.saveAnswer;
      if (saved) setBase({ version: saved.version, ...entry });
      setRemote(null);
      setState('saved');
    } catch (failure) {
      const info = apiError(failure);
      const current = info?.code === 'CONFLICT' ? (info.extensions.current as CurrentAnswer | null) : null;
      if (current) {
        setConflict(current);
        setState('conflict');
      } else {
        setError(errorText(t, failure, { APPROVED: 'answers:errors.approved' }));
        setState('error');
      }
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void save();
      }
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  // Someone else's save arrives (a refetch after their answer.saved event).
  useEffect(() => {
    if (!answer || answer.version <= now.current.base.version) return;
    if (focused.current || dirty() || inFlight.current || now.current.state === 'conflict') {
      if (answer.updatedBy.id !== userId)
        setRemote({ name: answer.updatedBy.displayName, at: answer.updatedAt });
      return;
    }
    adopt(answer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer?.version]);

  // Leaving the page with a save still waiting for the typing pause sends it now.
  useEffect(
    () => () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      void saveRef.current();
    },
    [],
  );

  const schedule = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), delay);
  };

  return {
    draft,
    state,
    problem,
    error,
    conflict,
    remote,
    /** A new entry: typed text waits for a pause, a picked option saves at once. */
    change(next: Partial<Entry>, typed: boolean) {
      setDraft({ ...now.current.draft, ...next });
      if (now.current.state === 'invalid' || now.current.state === 'saved') setState('idle');
      schedule(typed ? TYPING_DEBOUNCE_MS : 0);
    },
    /** Take a value (a prefill) as my entry and save it at once. */
    take(value: AnswerValue) {
      setDraft({ ...now.current.draft, raw: entryOf(value, null).raw });
      schedule(0);
    },
    focus() {
      focused.current = true;
    },
    /** Leaving the question saves now; a change someone made meanwhile comes in if nothing was changed here. */
    blur() {
      focused.current = false;
      if (dirty()) {
        void saveRef.current();
        return;
      }
      const latest = now.current.answer;
      if (latest && latest.version > now.current.base.version && now.current.state !== 'conflict')
        adopt(latest);
    },
    retry() {
      void saveRef.current();
    },
    /** Keep my entry: save it again on top of their version. */
    keepMine() {
      if (!conflict) return;
      setBase({ version: conflict.version, ...entryOf(conflict.value, conflict.comment) });
      setConflict(null);
      setRemote(null);
      setState('idle');
      void saveRef.current();
    },
    /** Take their answer: my entry is replaced by it. */
    takeTheirs() {
      if (!conflict) return;
      const entry = entryOf(conflict.value, conflict.comment);
      setBase({ version: conflict.version, ...entry });
      setDraft(entry);
      setConflict(null);
      setRemote(null);
      setState('saved');
    },
  };
}

export type Autosave = ReturnType<typeof useAutosave>;
