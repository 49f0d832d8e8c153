// The site's backend would write the token into the page; here it comes in the query.
const token = new URLSearchParams(location.search).get('token');
if (token) document.querySelector('natter-comments').setAttribute('user-token', token);
