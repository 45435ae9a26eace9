import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const from = (forwardedFor?: string) => clientAddress(new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }));

describe('clientAddress', () => {
  it('takes the first x-forwarded-for value', () => {
    expect(from('203.0.113.7')).toBe('203.0.113.7');
    expect(from('203.0.113.7, 10.0.0.1, 10.0.0.2')).toBe('203.0.113.7');
    expect(from(' 2001:DB8::1 ,10.0.0.1')).toBe('2001:db8::1');
  });

  it('gives an IPv4 client one key however it is written', () => {
    expect(from('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(from('::1')).toBe('::1');
  });

  it('has no address when the header is missing or not an address', () => {
    expect(from()).toBeNull();
    expect(from('')).toBeNull();
    expect(from('unknown')).toBeNull();
    expect(from('<script>')).toBeNull();
  });
});
