/**
 * A symmetric 5×5 identicon drawn from a hex hash. The picture depends on
 * nothing but the hash in the URL, so it can be cached forever and serving it
 * reveals nothing about who, if anyone, has that hash.
 */
export function identiconSvg(hash: string): string {
  const bytes = Buffer.from(hash.slice(0, 32).padEnd(32, '0'), 'hex');
  const hue = Math.round(((bytes[0] << 8) | bytes[1]) % 360);
  const fill = `hsl(${hue} 55% 45%)`;
  const background = `hsl(${hue} 40% 92%)`;
  const cells: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      const bit = row * 3 + col;
      const on = (bytes[2 + (bit >> 3)] >> (bit & 7)) & 1;
      if (!on) continue;
      for (const x of col === 2 ? [2] : [col, 4 - col]) {
        cells.push(`<rect x="${x + 1}" y="${row + 1}" width="1" height="1"/>`);
      }
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 7" width="64" height="64" shape-rendering="crispEdges">` +
    `<rect width="7" height="7" fill="${background}"/><g fill="${fill}">${cells.join('')}</g></svg>`
  );
}
