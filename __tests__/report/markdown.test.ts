import { escapeInline, fence, resultMarkdown } from '../../src/report/markdown.js';
import { explain } from '../helpers.js';

describe('markdown safety', () => {
  test('a fence is longer than any backtick run inside it', () => {
    expect(fence('a ```` b')).toBe('`````\na ```` b\n`````');
    expect(fence('plain')).toBe('```\nplain\n```');
  });

  test('inline text cannot ping, link issues, inject HTML or images', () => {
    const out = escapeInline('@octocat see #123 <img src=x onerror=alert(1)> ![x](y) [l](http://e)');
    expect(out).not.toMatch(/(^|[^\\])@octocat\b/);
    expect(out).toContain('@\u200boctocat');
    expect(out).toContain('\\#123');
    expect(out).toContain('\\<img');
    expect(out).toContain('\\!\\[x\\]\\(y\\)');
  });

  test('HTML entities and GH-123 references cannot smuggle a ping or a link in', () => {
    const out = escapeInline('ping &commat;octocat and &num;123 and GH-77 and gh-8');
    expect(out).toContain('&amp;commat;octocat');
    expect(out).toContain('&amp;num;123');
    expect(out).not.toMatch(/\bGH-77/);
    expect(out).not.toMatch(/\bgh-8/);
  });

  test('evidence from the log appears only inside a fence', async () => {
    const log =
      "(SubnetIsDelegated) AgentPoolProfile subnet with id ```x``` @admin #1 <b> cannot be used as it's a delegated subnet.";
    const md = resultMarkdown(await explain(log));
    const evidence = md.slice(md.indexOf('<summary>Evidence'));
    expect(evidence).toMatch(/````\n1: \(SubnetIsDelegated\)/);
    const outsideFences = md.replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?\n\1\2$/gm, '');
    expect(outsideFences).not.toContain('```x```');
    expect(outsideFences).not.toContain('@admin');
    expect(outsideFences).not.toContain('<b>');
  });

  test('nothing found says so', async () => {
    expect(resultMarkdown(await explain('all good'))).toContain('No AKS error found');
  });

  test('a diagnosis shows code, title, cause, steps with commands, and the article link', async () => {
    const md = resultMarkdown(
      await explain(
        'Code: AksCapacityHeavyUsage\nMessage: AKS is experiencing heavy usage in region westeurope.',
      ),
    );
    expect(md).toContain('`AksCapacityHeavyUsage`');
    expect(md).toContain('**Why it happens.**');
    expect(md).toMatch(/\n1\. .+/);
    expect(md).toContain(
      '(https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/akscapacityheavyusage-error)',
    );
  });
});
