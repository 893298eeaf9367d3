// The JSON API (docs/web.md): one function to call it; errors come back as
// ApiError with the server's message and, for a query it cannot parse, the
// byte offset of the problem.

export class ApiError extends Error {
  constructor(status, message, offset) {
    super(message);
    this.status = status;
    this.offset = offset;
  }
}

// `params`: a URLSearchParams or a plain object (arrays repeat the name).
export function apiUrl(path, params = {}) {
  const search = params instanceof URLSearchParams ? new URLSearchParams(params) : new URLSearchParams();
  if (!(params instanceof URLSearchParams)) {
    for (const [name, value] of Object.entries(params)) {
      for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined && v !== '') search.append(name, v);
    }
  }
  const query = search.toString();
  return `/api/${path}${query ? '?' + query : ''}`;
}

export async function api(path, params = {}, init = {}) {
  const response = await fetch(apiUrl(path, params), init);
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new ApiError(response.status, `the server answered ${response.status} with something that is not JSON`);
  }
  if (!response.ok) {
    const err = body.error || {};
    throw new ApiError(response.status, err.message || `error ${response.status}`, err.offset);
  }
  return body;
}

// The path segment of an id (ids hold ':' and '/').
export function idPath(route, id) {
  return `${route}/${encodeURIComponent(id)}`;
}
