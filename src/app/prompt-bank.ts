import bank from '../../content/prompt-bank.json';
import type { BankEntry } from '../storage/prompts';

/** The built-in curiosity prompts, kept as data in content/prompt-bank.json. */
export const PROMPT_BANK: BankEntry[] = bank;
