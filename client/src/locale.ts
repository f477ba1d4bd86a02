import * as vscode from 'vscode';

/** The extension speaks the language of its messages' setting, else VS Code's (French unless English). */
export function locale(): 'fr' | 'en' {
  const setting = vscode.workspace.getConfiguration('tender').get<string>('locale');
  const language = setting === 'fr' || setting === 'en' ? setting : vscode.env.language;
  return language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export const text = (message: { fr: string; en: string }): string => message[locale()];
