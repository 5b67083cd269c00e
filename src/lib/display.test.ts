import { describe, expect, it } from 'vitest';
import { shortUrl } from './display';

describe('shortUrl', () => {
	it('names the site and the file, decoded, instead of a screenful of escapes', () => {
		expect(
			shortUrl(
				'https://github.com/yver-sun/gaoyang/blob/c5646c0/data/%E4%BF%9D%E5%AE%9A%E5%B8%82.xlsx'
			)
		).toBe('github.com/…/保定市.xlsx');
		expect(shortUrl('http://www.gov.cn/zhengce.htm')).toBe('www.gov.cn/zhengce.htm');
		expect(shortUrl('https://www.gov.cn/')).toBe('www.gov.cn');
		expect(shortUrl('not a url')).toBe('not a url');
	});
});
