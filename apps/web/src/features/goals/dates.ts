import { dateInputValue } from '../../shared/goals/progress';

/** Today as a date input's value (yyyy-mm-dd, local): the earliest due date a form accepts. */
export const todayInput = () => dateInputValue(new Date().toISOString());
