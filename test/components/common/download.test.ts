import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadImage } from '../../../src/components/common/download';

afterEach(() => vi.restoreAllMocks());

describe('downloadImage', () => {
  it.each(['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='])(
    'neither fetches nor opens %s',
    async (url) => {
      const fetchMock = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const fallback = vi.fn();
      await expect(downloadImage(url, 'Badge')).resolves.toBe(false);
      await expect(downloadImage(url, 'Badge', fallback)).resolves.toBe(false);
      expect(fetchMock).not.toHaveBeenCalled();
      expect(open).not.toHaveBeenCalled();
      expect(fallback).not.toHaveBeenCalled();
    },
  );

  it('still fetches an http(s) image, and opens it in a new tab when the fetch fails', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await expect(downloadImage('https://images.example.org/badge.png', 'Badge')).resolves.toBe(false);
    expect(fetchMock).toHaveBeenCalledWith('https://images.example.org/badge.png', expect.objectContaining({ mode: 'cors' }));
    expect(open).toHaveBeenCalledWith('https://images.example.org/badge.png', '_blank', 'noopener,noreferrer');
  });
});
