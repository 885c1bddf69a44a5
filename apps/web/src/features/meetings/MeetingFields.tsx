import { MEETING_PLACE_MAX, MEETING_TITLE_MAX, MEETING_URL_MAX } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../layout/forms';
import type { FieldErrors } from '../../shared/field-errors';
import { fromLocalInput, isHttpsUrl } from './time';

export interface MeetingText {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
}

/** Title, start, end, place and link: the new-meeting form and the details editor share them. */
export function MeetingFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: MeetingText;
  onChange(value: MeetingText): void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('meetings');
  const set = (key: keyof MeetingText) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        label={t('form.title')}
        value={value.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={MEETING_TITLE_MAX}
        required
      />
      <TextField
        id={`${idPrefix}-starts`}
        type="datetime-local"
        label={t('form.startsAt')}
        value={value.startsAt}
        onChange={set('startsAt')}
        error={errors.startsAt}
        required
      />
      <TextField
        id={`${idPrefix}-ends`}
        type="datetime-local"
        label={t('form.endsAt')}
        value={value.endsAt}
        onChange={set('endsAt')}
        error={errors.endsAt}
      />
      <TextField
        id={`${idPrefix}-place`}
        label={t('form.place')}
        value={value.place}
        onChange={set('place')}
        error={errors.place}
        maxLength={MEETING_PLACE_MAX}
      />
      <TextField
        id={`${idPrefix}-url`}
        type="url"
        label={t('form.onlineUrl')}
        hint={t('form.onlineUrlHint')}
        value={value.onlineUrl}
        onChange={set('onlineUrl')}
        error={errors.onlineUrl}
        maxLength={MEETING_URL_MAX}
      />
    </>
  );
}

/** The form's own checks before sending (the API checks the same and names the field). */
export function meetingProblems(t: (key: string) => string, text: MeetingText) {
  return {
    title: !text.title.trim() && t('form.titleRequired'),
    startsAt: !text.startsAt && t('form.startsRequired'),
    endsAt: !!text.endsAt && !!text.startsAt && text.endsAt < text.startsAt && t('form.endBeforeStart'),
    onlineUrl: !!text.onlineUrl.trim() && !isHttpsUrl(text.onlineUrl.trim()) && t('form.urlInvalid'),
  };
}

/** The fields as the API takes them (checked by `meetingProblems` first: the start is there). */
export function meetingInput(text: MeetingText) {
  return {
    title: text.title.trim(),
    startsAt: fromLocalInput(text.startsAt)!,
    endsAt: fromLocalInput(text.endsAt),
    place: text.place.trim() || null,
    onlineUrl: text.onlineUrl.trim() || null,
  };
}

/** The API's field problems, worded by the form's keys. */
export const MEETING_FIELDS = {
  title: 'meetings:form.titleRequired',
  startsAt: 'meetings:form.startsRequired',
  endsAt: 'meetings:form.endBeforeStart',
  onlineUrl: 'meetings:form.urlInvalid',
};
