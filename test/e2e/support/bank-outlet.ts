import type { Locator, Page } from 'playwright-core';

/** Ticks one post for one user in 设置 › 岗位与流程 and waits until the core saved it. */
async function assign(panel: Locator, login: string, post: string): Promise<void> {
  // The data directory is shared by a file's tests: a post kept from an earlier test stays ticked.
  await panel.getByTestId(`procedure-${login}-${post}`).waitFor();
  if (!(await panel.getByTestId(`procedure-${login}-${post}`).isChecked())) await panel.getByTestId(`procedure-${login}-${post}`).click();
  await panel.locator(`[data-testid="procedure-${login}-${post}"]:checked:enabled`).waitFor();
}

/** The outlet head gives each person a post (seed002 客户管理制度4 第四条), in 设置 › 岗位与流程. */
export async function assignPosts(head: Page, posts: Record<string, string>): Promise<void> {
  await head.getByTestId('nav-settings').click();
  const panel = head.getByTestId('procedure-roles');
  await panel.getByText('网点负责人').first().waitFor();
  for (const [login, post] of Object.entries(posts)) await assign(panel, login, post);
}

export interface CounterComplaint {
  customerName: string;
  customerPhone: string;
  content: string;
  /** The main problem as repeated back to the customer (第八条(一)). */
  restatement: string;
  remedy?: string;
}

/** A teller records a complaint made in person at the counter and opens it; answers its serial. */
export async function receiveAtCounter(teller: Page, complaint: CounterComplaint): Promise<string> {
  await teller.getByTestId('nav-complaints').click();
  await teller.getByTestId('new-complaint').click();
  await teller.getByTestId('field-kind-complaint').check();
  await teller.getByTestId('field-channel').selectOption('in_person');
  await teller.getByTestId('field-customerName').fill(complaint.customerName);
  await teller.getByTestId('field-customerPhone').fill(complaint.customerPhone);
  await teller.getByTestId('field-content').fill(complaint.content);
  await teller.getByTestId('field-restatement').fill(complaint.restatement);
  if (complaint.remedy) await teller.getByTestId('field-remedy').selectOption(complaint.remedy);
  await teller.getByTestId('save-complaint').click();
  await teller.getByTestId('complaint-detail').waitFor();
  return teller.getByTestId('detail-serial').innerText();
}
