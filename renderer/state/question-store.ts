/**
 * Questions the app asks before it goes on — today one: "save your changes first?" before
 * a new survey, log, project or the demo replaces unsaved work. An action awaits the
 * answer; the dialog (components/UnsavedQuestion.tsx) shows the open question.
 */
import { createStore } from './create-store';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

interface OpenQuestion {
  answer: (choice: UnsavedChoice) => void;
}

const question = createStore<OpenQuestion | null>(null);

export function askUnsaved(): Promise<UnsavedChoice> {
  // A question still open (a second click) is answered "cancel" first.
  question.get()?.answer('cancel');
  return new Promise((resolve) => {
    const open: OpenQuestion = {
      answer: (choice) => {
        if (question.get() === open) question.set(null);
        resolve(choice);
      },
    };
    question.set(open);
  });
}

export function useUnsavedQuestion(): OpenQuestion | null {
  return question.use((q) => q);
}
