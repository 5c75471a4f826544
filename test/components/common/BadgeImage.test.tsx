import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BadgeImage } from '../../../src/components/common/BadgeImage';

describe('BadgeImage', () => {
  it('shows the placeholder for a URL that failed, and tries a new src again', () => {
    const { rerender } = render(<BadgeImage src="https://images.example.org/broken.png" size={72} alt="Cloud badge" />);
    fireEvent.error(screen.getByRole('img', { name: 'Cloud badge' }));
    expect(screen.getByRole('img', { name: 'Cloud badge' }).tagName).toBe('SPAN');
    rerender(<BadgeImage src="https://images.example.org/fixed.png" size={72} alt="Cloud badge" />);
    expect(screen.getByRole('img', { name: 'Cloud badge' })).toHaveAttribute('src', 'https://images.example.org/fixed.png');
    // Back to the URL that failed: the placeholder again, not another broken image.
    rerender(<BadgeImage src="https://images.example.org/broken.png" size={72} alt="Cloud badge" />);
    expect(screen.getByRole('img', { name: 'Cloud badge' }).tagName).toBe('SPAN');
  });
});
