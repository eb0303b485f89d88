// The contract's share link for a profile: "p=" + base64url (no padding) of its JSON.
export function encodeProfile(profile) {
  return 'p=' + Buffer.from(JSON.stringify(profile), 'utf8').toString('base64url');
}
