/** Whether the survey-kit dialog (File → Make survey kit…) is open. */
import { createStore } from './create-store';

const open = createStore(false);

export function openSurveyKit(): void {
  open.set(true);
}

export function closeSurveyKit(): void {
  open.set(false);
}

export function useSurveyKitOpen(): boolean {
  return open.use((o) => o);
}
