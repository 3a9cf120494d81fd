import { metricsAccess } from './metrics-access';

describe('metricsAccess', () => {
  const token = 'scrape-token-0123456789';

  it('without a token: open outside production, absent in production', () => {
    expect(metricsAccess({ isProduction: false }, undefined)).toBe(200);
    expect(metricsAccess({ isProduction: true }, undefined)).toBe(404);
    expect(metricsAccess({ isProduction: true }, `Bearer ${token}`)).toBe(404);
  });

  it('with a token: only that bearer token, in any environment', () => {
    for (const isProduction of [false, true]) {
      const config = { isProduction, metricsToken: token };
      expect(metricsAccess(config, `Bearer ${token}`)).toBe(200);
      expect(metricsAccess(config, `bearer ${token}`)).toBe(200);
      expect(metricsAccess(config, undefined)).toBe(401);
      expect(metricsAccess(config, `Bearer ${token}x`)).toBe(401);
      expect(metricsAccess(config, token)).toBe(401);
    }
  });
});
