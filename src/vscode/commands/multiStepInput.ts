import * as vscode from 'vscode';

/** Thrown by a step's input when the user presses Back or Escape. */
class FlowAction {
  static readonly back = new FlowAction();
  static readonly cancel = new FlowAction();
}

/** Thrown from a step to go back to the previous one, as the Back button does. */
export function backAction(): unknown {
  return FlowAction.back;
}

export type Step = (input: MultiStepInput) => Promise<Step | void>;

interface Common {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
}

export interface InputBoxOptions extends Common {
  readonly value: string;
  readonly prompt: string;
  readonly placeholder?: string;
  /** An error message for the value, or undefined when it is fine; checked as the user types. */
  readonly validate: (value: string) => string | undefined | Promise<string | undefined>;
}

export interface PickOptions<T extends vscode.QuickPickItem> extends Common {
  readonly items: readonly T[];
  readonly placeholder: string;
  readonly canSelectMany?: boolean;
  readonly selected?: readonly T[];
  /** Multi-pick only: an item for a value the list lacks (Enter on a typed value adds and selects it). */
  readonly newItem?: (value: string) => T | undefined;
}

/**
 * A quick-input flow with back navigation (the pattern of VS Code's multi-step sample): each step
 * shows one input; Back returns to the previous step with its last value, Escape cancels.
 */
export class MultiStepInput {
  private static readonly shown = new vscode.EventEmitter<vscode.QuickInput>();
  /** Fires with each input a flow shows (for the integration tests, which read and drive it). */
  static readonly onDidShow = MultiStepInput.shown.event;
  private current?: vscode.QuickInput;
  private readonly steps: Step[] = [];

  /** Runs the steps; resolves true when the last one finished, false when cancelled. */
  static async run(start: Step): Promise<boolean> {
    return new MultiStepInput().stepThrough(start);
  }

  private async stepThrough(start: Step): Promise<boolean> {
    let step: Step | void = start;
    try {
      while (step) {
        this.steps.push(step);
        if (this.current) {
          this.current.enabled = false;
          this.current.busy = true;
        }
        try {
          step = await step(this);
        } catch (err) {
          if (err === FlowAction.back) {
            this.steps.pop();
            step = this.steps.pop();
          } else if (err === FlowAction.cancel) {
            return false;
          } else throw err;
        }
      }
      return true;
    } finally {
      this.current?.dispose();
    }
  }

  private show(input: vscode.QuickInput): void {
    this.current?.dispose();
    this.current = input;
    input.show();
    MultiStepInput.shown.fire(input);
  }

  async showInputBox(o: InputBoxOptions): Promise<string> {
    const disposables: vscode.Disposable[] = [];
    try {
      return await new Promise<string>((resolve, reject) => {
        const input = vscode.window.createInputBox();
        input.title = o.title;
        input.step = o.step;
        input.totalSteps = o.totalSteps;
        input.value = o.value;
        input.valueSelection = [0, o.value.length];
        input.prompt = o.prompt;
        input.placeholder = o.placeholder;
        input.ignoreFocusOut = true;
        input.buttons = this.steps.length > 1 ? [vscode.QuickInputButtons.Back] : [];
        let generation = 0;
        const check = async (value: string): Promise<string | undefined> => {
          const mine = ++generation;
          const message = await o.validate(value);
          if (mine === generation) input.validationMessage = message;
          return message;
        };
        disposables.push(
          input.onDidTriggerButton((button) => {
            if (button === vscode.QuickInputButtons.Back) reject(FlowAction.back);
          }),
          input.onDidAccept(async () => {
            const value = input.value;
            input.enabled = false;
            input.busy = true;
            const message = await check(value);
            input.enabled = true;
            input.busy = false;
            if (!message) resolve(value);
          }),
          input.onDidChangeValue((value) => void check(value)),
          input.onDidHide(() => reject(FlowAction.cancel)),
        );
        this.show(input);
        // An empty field is not an error before the user has typed anything.
        if (o.value) void check(o.value);
      });
    } finally {
      disposables.forEach((d) => d.dispose());
    }
  }

  async showQuickPick<T extends vscode.QuickPickItem>(o: PickOptions<T>): Promise<T[]> {
    const disposables: vscode.Disposable[] = [];
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const input = vscode.window.createQuickPick<T>();
        input.title = o.title;
        input.step = o.step;
        input.totalSteps = o.totalSteps;
        input.placeholder = o.placeholder;
        input.canSelectMany = !!o.canSelectMany;
        input.ignoreFocusOut = true;
        input.matchOnDescription = true;
        input.buttons = this.steps.length > 1 ? [vscode.QuickInputButtons.Back] : [];
        let items = [...o.items];
        input.items = items;
        if (o.canSelectMany && o.selected) input.selectedItems = items.filter((i) => o.selected!.includes(i));
        disposables.push(
          input.onDidTriggerButton((button) => {
            if (button === vscode.QuickInputButtons.Back) reject(FlowAction.back);
          }),
          input.onDidAccept(() => {
            const typed = input.value.trim();
            if (o.canSelectMany && o.newItem && typed) {
              // Enter on typed text adds it (comma-separated values too) instead of finishing.
              const selected = [...input.selectedItems];
              for (const part of typed.split(',').map((p) => p.trim()).filter(Boolean)) {
                let item = items.find((i) => i.label === part);
                if (!item) {
                  item = o.newItem(part);
                  if (!item) continue;
                  items = [item, ...items];
                }
                if (!selected.includes(item)) selected.push(item);
              }
              input.items = items;
              input.selectedItems = selected;
              input.value = '';
              return;
            }
            resolve(o.canSelectMany ? [...input.selectedItems] : [...input.activeItems]);
          }),
          input.onDidHide(() => reject(FlowAction.cancel)),
        );
        this.show(input);
      });
    } finally {
      disposables.forEach((d) => d.dispose());
    }
  }
}
