import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRoom } from '../../realtime/hooks';
import type { RoundSectionProps } from '../../shared/round-sections';
import { answersFileAccess } from './access';
import { ANSWERS_FILE_ROUND } from './answers-file.graphql';
import { ExportLinks } from './ExportLinks';

/** On the round page: import answers from a file, and download them, for those who may. */
export function AnswersFileSection({ roundId }: RoundSectionProps) {
  const { t } = useTranslation('answersFile');
  const { data, refetch } = useQuery(ANSWERS_FILE_ROUND, { variables: { id: roundId } });
  // A submission (ours: the others' answers open up), an approval or a phase move changes what is offered.
  useRoom(`round:${roundId}`, (event) => {
    if (event.type.startsWith('answers.') || event.type === 'round.phaseChanged') void refetch();
  });
  if (!data?.round) return null;
  const { importable, exportable } = answersFileAccess(data.round);
  if (!importable.length && !exportable.length) return null;
  return (
    <section className="card" aria-labelledby="answers-file-title">
      <h2 id="answers-file-title">{t('title')}</h2>
      {importable.length > 0 && (
        <p>
          <Link to={`/rounds/${roundId}/answers/import`}>{t('import.open')}</Link>
        </p>
      )}
      {exportable.length > 0 && <ExportLinks roundId={roundId} municipalities={exportable} />}
    </section>
  );
}
