/**
 * The browser host's HTTP transport of the contract: POST /api/<channel> with a JSON body, and the
 * per-session token in this header (a custom header also makes any cross-origin call preflighted,
 * which the host never approves).
 */
export const WEB_HOST_TOKEN_HEADER = 'x-kube-planner-token';
