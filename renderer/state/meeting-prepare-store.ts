/** Whether the meeting's preparation (choose and order the findings, then Start) is open. */
import { createStore } from './create-store';

const open = createStore(false);

export function openMeetingPrepare(): void {
  open.set(true);
}

export function closeMeetingPrepare(): void {
  open.set(false);
}

export function useMeetingPrepareOpen(): boolean {
  return open.use((o) => o);
}
