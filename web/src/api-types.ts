/**
 * The HTTP API's paths, parameters, bodies and answers, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npx tsx scripts/api-types.ts` (test/api/api-types.test.ts fails while this file is stale).
 */

export interface paths {
    "/api/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List appointments (with ?at: those that may be in force that day) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acting: boolean;
                                certaintyAt?: ("certain" | "possible") | null;
                                coversId: string | null;
                                end: string | null;
                                endReason: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                note: string | null;
                                personId: string;
                                postId: string;
                                sourceId: string;
                                start: string | null;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start an appointment (422 if it overlaps a holder of a single-seat post) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acting?: boolean;
                        covers?: string;
                        end?: string;
                        /** @enum {string} */
                        endReason?: "term-ended" | "resigned" | "dismissed" | "died" | "moved" | "post-abolished" | "lost-seat" | "other";
                        /** @enum {string} */
                        kind?: "substantive" | "acting" | "cover" | "nominated";
                        note?: string;
                        person: string;
                        post: string;
                        /** @description the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed) */
                        source: {
                            id: string;
                        } | {
                            accessed?: string;
                            document?: string;
                            title: string;
                            url?: string;
                        };
                        start: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                acting: boolean;
                                certaintyAt?: ("certain" | "possible") | null;
                                coversId: string | null;
                                end: string | null;
                                endReason: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                note: string | null;
                                personId: string;
                                postId: string;
                                sourceId: string;
                                start: string | null;
                            };
                            created: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                acting: boolean;
                                certaintyAt?: ("certain" | "possible") | null;
                                coversId: string | null;
                                end: string | null;
                                endReason: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                note: string | null;
                                personId: string;
                                postId: string;
                                sourceId: string;
                                start: string | null;
                            };
                            created: boolean;
                            version: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the appointments by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acting: boolean;
                            certaintyAt?: ("certain" | "possible") | null;
                            coversId: string | null;
                            end: string | null;
                            endReason: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "substantive" | "acting" | "cover" | "nominated";
                            note: string | null;
                            personId: string;
                            postId: string;
                            sourceId: string;
                            start: string | null;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an appointment: closed, never removed. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        end: string;
                        /** @description the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed) */
                        source: {
                            id: string;
                        } | {
                            accessed?: string;
                            document?: string;
                            title: string;
                            url?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                acting: boolean;
                                certaintyAt?: ("certain" | "possible") | null;
                                coversId: string | null;
                                end: string | null;
                                endReason: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                note: string | null;
                                personId: string;
                                postId: string;
                                sourceId: string;
                                start: string | null;
                            };
                            version: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's career: posts, accreditations and names (with at: on that date) */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    person: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a person's career: names, posts, accreditations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accreditations: {
                                certainty: ("certain" | "possible") | null;
                                end: string | null;
                                post: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                start: string | null;
                                subject: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            at: string | null;
                            names: {
                                from: string | null;
                                generated: boolean;
                                kind: string;
                                lang: string | null;
                                name: string;
                                source: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                };
                                to: string | null;
                            }[];
                            /** @description how the name asked was read, and where the post went on after it ended */
                            notes: components["schemas"]["LookupNote"][];
                            person: {
                                born: string | null;
                                currentName: string | null;
                                died: string | null;
                                id: string;
                                name: string;
                                nativeName: string | null;
                            };
                            provenance: {
                                [key: string]: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                };
                            };
                            terms: {
                                appointmentId: string;
                                certainty: ("certain" | "possible") | null;
                                countryThen: {
                                    id: string;
                                    name: string;
                                } | null;
                                end: string | null;
                                endReason: string | null;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                ordinal: number | null;
                                ordinalSource: ("source" | "derived") | null;
                                organization: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                } | null;
                                party: string | null;
                                post: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                sources: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                }[];
                                start: string | null;
                                subject: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units, posts, holders and responsibilities on a date */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    org: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description units, posts, holders and responsibilities of an organization on a date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            existed: {
                                from: string | null;
                                to: string | null;
                            };
                            related: {
                                /** @enum {string} */
                                certainty: "certain" | "possible";
                                /** @enum {string} */
                                direction: "from" | "to";
                                organization: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                source: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                };
                                /** @enum {string} */
                                type: "unit-of" | "agency-of" | "affiliated-institute-of" | "sponsored-organization-of";
                            }[];
                            root: components["schemas"]["ChartNode"];
                            /** @enum {string} */
                            status: "existing" | "not-existing";
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data checks */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description data checks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: components["schemas"]["Finding"][];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List claims */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                entityId: string;
                                entityType: string;
                                field: string;
                                id: string;
                                note: string | null;
                                quote: string | null;
                                sourceId: string;
                                value: string;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a claim: one source's value for one field of one entity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entity: string;
                        field: string;
                        note?: string;
                        quote?: string;
                        /** @description the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed) */
                        source: {
                            id: string;
                        } | {
                            accessed?: string;
                            document?: string;
                            title: string;
                            url?: string;
                        };
                        value: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claim: {
                                entityId: string;
                                entityType: string;
                                field: string;
                                id: string;
                                note: string | null;
                                quote: string | null;
                                sourceId: string;
                                value: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the claims by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entityId: string;
                            entityType: string;
                            field: string;
                            id: string;
                            note: string | null;
                            quote: string | null;
                            sourceId: string;
                            value: string;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which unit handles each country on a date (the routing answer of every country recorded): a map */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    org?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description which unit handles each country on a date (a map) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            countries: {
                                numeric: string | null;
                                posts: {
                                    holders: {
                                        acting: boolean;
                                        appointmentId: string;
                                        /** @enum {string} */
                                        certainty: "certain" | "possible";
                                        covers: {
                                            appointmentId: string;
                                            person: {
                                                currentName: string | null;
                                                id: string;
                                                name: string;
                                                nativeName: string | null;
                                            };
                                        } | null;
                                        disputed: boolean;
                                        end: string | null;
                                        endReason: string | null;
                                        /** @enum {string} */
                                        kind: "substantive" | "acting" | "cover" | "nominated";
                                        note: string | null;
                                        ordinal: number | null;
                                        ordinalSource: ("source" | "derived") | null;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                        source: {
                                            id: string;
                                            kind: string;
                                            title: string;
                                            url: string | null;
                                        };
                                        sources: {
                                            id: string;
                                            kind: string;
                                            title: string;
                                            url: string | null;
                                        }[];
                                        start: string | null;
                                    }[];
                                    organization: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    } | null;
                                    post: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                    source: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    };
                                    /** @enum {string} */
                                    status: "held" | "possibly-held" | "vacant";
                                    vacancy: {
                                        after: {
                                            appointmentId: string;
                                            end: string | null;
                                            person: {
                                                currentName: string | null;
                                                id: string;
                                                name: string;
                                                nativeName: string | null;
                                            };
                                            start: string | null;
                                        } | null;
                                        before: {
                                            appointmentId: string;
                                            end: string | null;
                                            person: {
                                                currentName: string | null;
                                                id: string;
                                                name: string;
                                                nativeName: string | null;
                                            };
                                            start: string | null;
                                        } | null;
                                    } | null;
                                }[];
                                /** @enum {string} */
                                status: "covered" | "conflict" | "not-covered" | "uncertain" | "not-existing";
                                subject: {
                                    code: string | null;
                                    id: string;
                                    kind: string;
                                    name: string;
                                };
                                units: {
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    organization: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    unit: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                            }[];
                            organization: {
                                currentName: string | null;
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two dates */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    from?: string;
                    /** @description a period: the changes during it (from its first day to the day after its last) */
                    in?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    org: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description what changed between two dates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                date: string;
                                description: string;
                                id: string;
                                kind: string;
                                source: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                };
                            }[];
                            from: string;
                            holders: {
                                changes: {
                                    acting: boolean;
                                    /** @enum {string} */
                                    change: "started" | "ended";
                                    date: string;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                    source: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    };
                                }[];
                                from: string[];
                                post: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                to: string[];
                            }[];
                            interpretedAs: {
                                from: string;
                                to: string;
                            };
                            organization: {
                                currentName: string | null;
                                id: string;
                                name: string;
                            };
                            responsibilities: {
                                gained: {
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    previously: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    subject: string;
                                    units: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                }[];
                                lost: {
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    now: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    subject: string;
                                    units: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                }[];
                                moved: {
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    from: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    subject: string;
                                    to: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                }[];
                            };
                            to: string;
                            units: {
                                abolished: {
                                    parent: string | null;
                                    unit: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                established: {
                                    parent: string | null;
                                    unit: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                moved: {
                                    from: string | null;
                                    to: string | null;
                                    unit: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                renamed: {
                                    from: string;
                                    to: string;
                                    unit: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                reorganized: {
                                    date: string | null;
                                    from: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    kind: "continues-as" | "merged-into" | "split-into" | "functions-to";
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    to: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                date: string;
                                description: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                kind: "establish" | "transfer" | "rename" | "merge" | "split" | "re-parent" | "abolish";
                                organizationId: string;
                                sourceId: string;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a structural event (transfer, establish, rename, merge, split, re-parent, abolish), applied from its date on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        description?: string;
                        from?: string;
                        /** @enum {string} */
                        kind: "establish" | "transfer" | "rename" | "merge" | "split" | "re-parent" | "abolish";
                        name?: string;
                        parent?: string;
                        parts?: {
                            name: string;
                            subjects: string[];
                        }[];
                        /** @description the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed) */
                        source: {
                            id: string;
                        } | {
                            accessed?: string;
                            document?: string;
                            title: string;
                            url?: string;
                        };
                        subject?: string;
                        to?: string;
                        unit?: string;
                        units?: string[];
                    };
                };
            };
            responses: {
                /** @description a structural event recorded, and what it closed and created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closed: {
                                relations: number;
                                responsibilities: number;
                            };
                            created: {
                                organizations: string[];
                                relations: number;
                                responsibilities: number;
                            };
                            event: {
                                date: string;
                                description: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                kind: "establish" | "transfer" | "rename" | "merge" | "split" | "re-parent" | "abolish";
                                organizationId: string;
                                sourceId: string;
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the events by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            description: string;
                            details: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "establish" | "transfer" | "rename" | "merge" | "split" | "re-parent" | "abolish";
                            organizationId: string;
                            sourceId: string;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every write, oldest first: who, when, on what source, and the row as written */
        get: {
            parameters: {
                query?: {
                    /** @description the last seq of the previous page */
                    after?: number;
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    entity_id?: string;
                    /** @description a table: people, appointments, organizations… */
                    entity_type?: "sources" | "subjects" | "organizations" | "relations" | "posts" | "people" | "names" | "appointments" | "responsibilities" | "events" | "claims" | "citations" | "successions" | "identifiers" | "person_merges";
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    since?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description every write, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                data: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                op: string;
                                recordedAt: string;
                                seq: number;
                                sourceId: string | null;
                                table: string;
                                user: string;
                                userId: string;
                            }[];
                            next: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office-holder table of a post */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    post: string;
                    /** @description comma-separated related posts */
                    with?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the office-holder table of a post, with who held related posts during each term */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how the name asked was read, and where the post went on after it ended */
                            notes: components["schemas"]["LookupNote"][];
                            post: {
                                currentName: string | null;
                                id: string;
                                name: string;
                            };
                            relatedPosts: {
                                [key: string]: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                            };
                            terms: {
                                acting: boolean;
                                appointmentId: string;
                                concurrent: {
                                    [key: string]: string[];
                                };
                                concurrentSources: {
                                    [key: string]: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                };
                                end: string | null;
                                endReason: string | null;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                note: string | null;
                                ordinal: number | null;
                                ordinalSource: ("source" | "derived") | null;
                                party: string | null;
                                person: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                    nativeName: string | null;
                                };
                                post: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                reconciliation: {
                                    column: string;
                                    derived: string[];
                                    extra: string[];
                                    missing: string[];
                                    shiftedFrom?: string;
                                    source: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    };
                                    sourceNames: string[];
                                    /** @enum {string} */
                                    status: "match" | "mismatch" | "lost" | "unreadable";
                                    unmatched: string[];
                                }[];
                                sources: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                }[];
                                start: string | null;
                                timeInOffice: {
                                    approximate: boolean;
                                    days: number;
                                    years: number;
                                } | null;
                            }[];
                            unresolvedColumns: string[];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A queue of matters, by due day (most overdue first): a unit's, the triage queue, or the caller's units */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    all?: "true" | "false";
                    limit?: number;
                    on?: string;
                    status?: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                    triage?: "true" | "false";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matters: {
                                calendar: string;
                                /** @enum {string} */
                                classification: "public" | "restricted" | "confidential";
                                clockFrom: string;
                                consultedUnits: string[];
                                createdAt: string;
                                /** @enum {string} */
                                deadline: "due" | "due-soon" | "overdue" | "done";
                                due: string;
                                id: string;
                                kind: string;
                                language: string | null;
                                leadUnit: string | null;
                                organization: string | null;
                                received: string;
                                reference: string;
                                repliedOn: string | null;
                                /** @description each subject's routing answer as it was (GET /api/route's shape) */
                                routing: {
                                    [key: string]: unknown;
                                }[];
                                sender: {
                                    name: string;
                                    ref: string | null;
                                };
                                /** @enum {string} */
                                status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                                subjects: {
                                    id: string;
                                    name: string;
                                }[];
                                summary: string | null;
                                targetDays: number;
                                title: string;
                                transferTo: string | null;
                                triageCandidates: string[];
                                updatedAt: string;
                                version: number;
                                workingDaysUsed: number;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a matter: routed on its received date to the unit responsible, or to triage */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        classification?: "public" | "restricted" | "confidential";
                        kind: string;
                        language?: string;
                        organization?: string | null;
                        received: string;
                        sender: string | {
                            name: string;
                            ref?: string;
                        };
                        subjects: string[];
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per unit and period: received, replied, share within target, median working days, overdue, transferred in and out */
        get: {
            parameters: {
                query: {
                    from: string;
                    on?: string;
                    scope?: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            on: string;
                            to: string;
                            units: {
                                medianWorkingDays: number | null;
                                overdue: number;
                                received: number;
                                replied: number;
                                repliedWithinTarget: number;
                                shareWithinTarget: number | null;
                                transferredIn: number;
                                transferredOut: number;
                                unit: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A matter (by id or reference), its deadline, the routing answer it was given and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: {
                                action: string;
                                at: string;
                                matterId: string;
                                reason: string | null;
                                userId: string;
                                userName: string | null;
                                version: number;
                            }[];
                            /** @description a matter */
                            matter: {
                                calendar: string;
                                /** @enum {string} */
                                classification: "public" | "restricted" | "confidential";
                                clockFrom: string;
                                consultedUnits: string[];
                                createdAt: string;
                                /** @enum {string} */
                                deadline: "due" | "due-soon" | "overdue" | "done";
                                due: string;
                                id: string;
                                kind: string;
                                language: string | null;
                                leadUnit: string | null;
                                organization: string | null;
                                received: string;
                                reference: string;
                                repliedOn: string | null;
                                /** @description each subject's routing answer as it was (GET /api/route's shape) */
                                routing: {
                                    [key: string]: unknown;
                                }[];
                                sender: {
                                    name: string;
                                    ref: string | null;
                                };
                                /** @enum {string} */
                                status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                                subjects: {
                                    id: string;
                                    name: string;
                                }[];
                                summary: string | null;
                                targetDays: number;
                                title: string;
                                transferTo: string | null;
                                triageCandidates: string[];
                                updatedAt: string;
                                version: number;
                                workingDaysUsed: number;
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a transferred matter: the clock starts again the day after. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a matter (from triage) or reassign it to a unit, with a reason. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow: close. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/holding-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow: holding-reply. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow: reopen. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow: reply. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow: start. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a matter to another unit, with a reason; it waits there to be accepted. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{ref}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow: withdraw. Needs If-Match. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description a matter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: string;
                            /** @enum {string} */
                            classification: "public" | "restricted" | "confidential";
                            clockFrom: string;
                            consultedUnits: string[];
                            createdAt: string;
                            /** @enum {string} */
                            deadline: "due" | "due-soon" | "overdue" | "done";
                            due: string;
                            id: string;
                            kind: string;
                            language: string | null;
                            leadUnit: string | null;
                            organization: string | null;
                            received: string;
                            reference: string;
                            repliedOn: string | null;
                            /** @description each subject's routing answer as it was (GET /api/route's shape) */
                            routing: {
                                [key: string]: unknown;
                            }[];
                            sender: {
                                name: string;
                                ref: string | null;
                            };
                            /** @enum {string} */
                            status: "registered" | "assigned" | "in-progress" | "holding-reply-sent" | "replied" | "closed" | "transferred" | "reopened" | "withdrawn";
                            subjects: {
                                id: string;
                                name: string;
                            }[];
                            summary: string | null;
                            targetDays: number;
                            title: string;
                            transferTo: string | null;
                            triageCandidates: string[];
                            updatedAt: string;
                            version: number;
                            workingDaysUsed: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What registering would route to, saving nothing (the form shows it first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        organization?: string | null;
                        received: string;
                        subjects: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultedUnitIds: string[];
                            kept: {
                                [key: string]: unknown;
                            }[];
                            leadUnitId: string | null;
                            triageCandidates: string[];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to, and what it may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description who a token belongs to */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {string} */
                            role: "reader" | "editor" | "admin";
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agencyType: string | null;
                                dissolved: string | null;
                                formed: string | null;
                                headquarters: string | null;
                                id: string;
                                jurisdiction: string | null;
                                /** @enum {string} */
                                kind: "state" | "government" | "cabinet" | "ministry" | "department" | "institute" | "association" | "agency" | "party" | "party-department" | "mission" | "legislature" | "other";
                                logo: string | null;
                                name: string;
                                nativeName: string | null;
                                sourceId: string;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the organizations by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyType: string | null;
                            dissolved: string | null;
                            formed: string | null;
                            headquarters: string | null;
                            id: string;
                            jurisdiction: string | null;
                            /** @enum {string} */
                            kind: "state" | "government" | "cabinet" | "ministry" | "department" | "institute" | "association" | "agency" | "party" | "party-department" | "mission" | "legislature" | "other";
                            logo: string | null;
                            name: string;
                            nativeName: string | null;
                            sourceId: string;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                born: string | null;
                                died: string | null;
                                id: string;
                                mergedInto: string | null;
                                name: string;
                                nativeName: string | null;
                                sourceId: string;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        born?: string;
                        died?: string;
                        id?: string;
                        name: string;
                        nativeName?: string;
                        /** @description the source of the write: a stored source by id, or a citation (title, and an address or a document, and when it was accessed) */
                        source: {
                            id: string;
                        } | {
                            accessed?: string;
                            document?: string;
                            title: string;
                            url?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: {
                                id: string;
                                message: string;
                            }[];
                            person: {
                                born: string | null;
                                died: string | null;
                                id: string;
                                mergedInto: string | null;
                                name: string;
                                nativeName: string | null;
                                sourceId: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the people by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            born: string | null;
                            died: string | null;
                            id: string;
                            mergedInto: string | null;
                            name: string;
                            nativeName: string | null;
                            sourceId: string;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List posts */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                existedFrom: string | null;
                                existedUntil: string | null;
                                id: string;
                                name: string;
                                organizationId: string;
                                rank: number | null;
                                seats: number;
                                sourceId: string;
                                subjectId: string | null;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the posts by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            existedFrom: string | null;
                            existedUntil: string | null;
                            id: string;
                            name: string;
                            organizationId: string;
                            rank: number | null;
                            seats: number;
                            sourceId: string;
                            subjectId: string | null;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry's organizations, top-level first, with their units' and posts' counts and head posts */
        get: {
            parameters: {
                query?: {
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the registry's organizations, top-level first, with their units' and posts' counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultOrganization: string | null;
                            organizations: {
                                headPost: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                } | null;
                                kind: string;
                                nativeName: string | null;
                                organization: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                parentId: string | null;
                                posts: number;
                                units: number;
                            }[];
                            totals: {
                                organizations: number;
                                posts: number;
                                sources: number;
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List relations (with ?at: those that may be in force that day) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                certaintyAt?: ("certain" | "possible") | null;
                                end: string | null;
                                fromId: string;
                                id: string;
                                sourceId: string;
                                start: string | null;
                                toId: string;
                                /** @enum {string} */
                                type: "unit-of" | "agency-of" | "affiliated-institute-of" | "sponsored-organization-of";
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/relations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the relations by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certaintyAt?: ("certain" | "possible") | null;
                            end: string | null;
                            fromId: string;
                            id: string;
                            sourceId: string;
                            start: string | null;
                            toId: string;
                            /** @enum {string} */
                            type: "unit-of" | "agency-of" | "affiliated-institute-of" | "sponsored-organization-of";
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List responsibilities (with ?at: those that may be in force that day) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                certaintyAt?: ("certain" | "possible") | null;
                                end: string | null;
                                id: string;
                                note: string | null;
                                role: string;
                                sourceId: string;
                                start: string | null;
                                subjectId: string;
                                unitId: string;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responsibilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the responsibilities by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certaintyAt?: ("certain" | "possible") | null;
                            end: string | null;
                            id: string;
                            note: string | null;
                            role: string;
                            sourceId: string;
                            start: string | null;
                            subjectId: string;
                            unitId: string;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who handles a country, regional body or function on a date */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    org?: string;
                    subject: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description who handles a country, regional body or function on a date, with the chain of heads and the reasoning */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            candidates: {
                                /** @enum {string} */
                                certainty: "certain" | "possible";
                                chain: {
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    head: {
                                        holders: {
                                            acting: boolean;
                                            appointmentId: string;
                                            /** @enum {string} */
                                            certainty: "certain" | "possible";
                                            covers: {
                                                appointmentId: string;
                                                person: {
                                                    currentName: string | null;
                                                    id: string;
                                                    name: string;
                                                    nativeName: string | null;
                                                };
                                            } | null;
                                            disputed: boolean;
                                            end: string | null;
                                            endReason: string | null;
                                            /** @enum {string} */
                                            kind: "substantive" | "acting" | "cover" | "nominated";
                                            note: string | null;
                                            ordinal: number | null;
                                            ordinalSource: ("source" | "derived") | null;
                                            person: {
                                                currentName: string | null;
                                                id: string;
                                                name: string;
                                                nativeName: string | null;
                                            };
                                            source: {
                                                id: string;
                                                kind: string;
                                                title: string;
                                                url: string | null;
                                            };
                                            sources: {
                                                id: string;
                                                kind: string;
                                                title: string;
                                                url: string | null;
                                            }[];
                                            start: string | null;
                                        }[];
                                        post: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                    source: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    unit: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                head: {
                                    holders: {
                                        acting: boolean;
                                        appointmentId: string;
                                        /** @enum {string} */
                                        certainty: "certain" | "possible";
                                        covers: {
                                            appointmentId: string;
                                            person: {
                                                currentName: string | null;
                                                id: string;
                                                name: string;
                                                nativeName: string | null;
                                            };
                                        } | null;
                                        disputed: boolean;
                                        end: string | null;
                                        endReason: string | null;
                                        /** @enum {string} */
                                        kind: "substantive" | "acting" | "cover" | "nominated";
                                        note: string | null;
                                        ordinal: number | null;
                                        ordinalSource: ("source" | "derived") | null;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                        source: {
                                            id: string;
                                            kind: string;
                                            title: string;
                                            url: string | null;
                                        };
                                        sources: {
                                            id: string;
                                            kind: string;
                                            title: string;
                                            url: string | null;
                                        }[];
                                        start: string | null;
                                    }[];
                                    post: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                                notes: string[];
                                organization: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                sources: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                }[];
                                unit: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                via: string | null;
                            }[];
                            missionListComplete: boolean;
                            missions: {
                                /** @enum {string} */
                                certainty: "certain" | "possible";
                                city: string | null;
                                mission: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                role: "resident-mission" | "non-resident-mission";
                                sources: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                }[];
                                type: string | null;
                            }[];
                            notExisting: {
                                existed: {
                                    from: string | null;
                                    to: string | null;
                                };
                                unit: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                            }[];
                            posts: {
                                holders: {
                                    acting: boolean;
                                    appointmentId: string;
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    covers: {
                                        appointmentId: string;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                    } | null;
                                    disputed: boolean;
                                    end: string | null;
                                    endReason: string | null;
                                    /** @enum {string} */
                                    kind: "substantive" | "acting" | "cover" | "nominated";
                                    note: string | null;
                                    ordinal: number | null;
                                    ordinalSource: ("source" | "derived") | null;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                    source: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    };
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    start: string | null;
                                }[];
                                organization: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                } | null;
                                post: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                source: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                };
                                /** @enum {string} */
                                status: "held" | "possibly-held" | "vacant";
                                vacancy: {
                                    after: {
                                        appointmentId: string;
                                        end: string | null;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                        start: string | null;
                                    } | null;
                                    before: {
                                        appointmentId: string;
                                        end: string | null;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                        start: string | null;
                                    } | null;
                                } | null;
                            }[];
                            reasoning: components["schemas"]["RouteReason"][];
                            /** @enum {string} */
                            status: "covered" | "conflict" | "not-covered" | "uncertain" | "not-existing";
                            subject: {
                                code: string | null;
                                existed: {
                                    from: string | null;
                                    to: string | null;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "country" | "territory" | "regional-body" | "function";
                                name: string;
                                successors: string[];
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People, units, posts and countries by any name */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    kind?: "person" | "unit" | "post" | "country" | "body" | "function";
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description people, units, posts and countries by any name, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            results: {
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "unit" | "post" | "country" | "body" | "function";
                                /** @enum {string} */
                                match: "exact" | "variant" | "words" | "surname" | "given-name" | "partial" | "fuzzy";
                                matched: string;
                                name: string;
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sources */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessed: string | null;
                                asOf: string | null;
                                coverage: string | null;
                                coverageRule: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "article" | "web-page" | "dataset" | "news-report" | "curation" | "derived";
                                license: string | null;
                                note: string | null;
                                published: string | null;
                                publisher: string | null;
                                title: string;
                                url: string | null;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the sources by id (ETag: its version) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessed: string | null;
                            asOf: string | null;
                            coverage: string | null;
                            coverageRule: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "article" | "web-page" | "dataset" | "news-report" | "curation" | "derived";
                            license: string | null;
                            note: string | null;
                            published: string | null;
                            publisher: string | null;
                            title: string;
                            url: string | null;
                            version: number | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or correct the last day a source speaks for (null removes a correction): its open terms are certain up to it, possible after */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        coverage: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            coverage: string | null;
                            factsUpdated: number;
                            rule: string | null;
                            sourceId: string;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's history: names, posts, and the countries and functions it handled over time */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    unit: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a unit's history: names, posts, and the countries and functions it handled over time */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            names: {
                                from: string | null;
                                name: string;
                                to: string | null;
                            }[];
                            posts: {
                                currentName: string | null;
                                id: string;
                                name: string;
                            }[];
                            responsibilities: {
                                certainty: ("certain" | "possible") | null;
                                end: string | null;
                                note: string | null;
                                role: string;
                                sources: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                }[];
                                start: string | null;
                                subject: {
                                    code: string | null;
                                    id: string;
                                    kind: string;
                                    name: string;
                                };
                            }[];
                            source: {
                                id: string;
                                kind: string;
                                title: string;
                                url: string | null;
                            };
                            unit: {
                                currentName: string | null;
                                dissolved: string | null;
                                formed: string | null;
                                id: string;
                                kind: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List units: organizations that are part of another (with ?at: on that day) */
        get: {
            parameters: {
                query?: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agencyType: string | null;
                                dissolved: string | null;
                                formed: string | null;
                                headquarters: string | null;
                                id: string;
                                jurisdiction: string | null;
                                /** @enum {string} */
                                kind: "state" | "government" | "cabinet" | "ministry" | "department" | "institute" | "association" | "agency" | "party" | "party-department" | "mission" | "legislature" | "other";
                                linkId: string;
                                logo: string | null;
                                name: string;
                                nativeName: string | null;
                                parentId: string;
                                sourceId: string;
                            }[];
                            limit: number;
                            next: number | null;
                            offset: number;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "reader" | "editor" | "admin";
                            }[];
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account; its token is shown once (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        role: "reader" | "editor" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                createdAt: string;
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "reader" | "editor" | "admin";
                            };
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{name}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a user's tokens (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/who": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holders of a post on a date */
        get: {
            parameters: {
                query: {
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                    /** @description post id or name */
                    post: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description holders of a post on a date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @description the country the post is tied to as it was on the date (a state it continues: Prussia for Germany in 1800); null when the country itself */
                            countryThen: {
                                id: string;
                                name: string;
                            } | null;
                            existed: {
                                from: string | null;
                                to: string | null;
                            };
                            holders: {
                                acting: boolean;
                                appointmentId: string;
                                /** @enum {string} */
                                certainty: "certain" | "possible";
                                covers: {
                                    appointmentId: string;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                } | null;
                                disputed: boolean;
                                end: string | null;
                                endReason: string | null;
                                /** @enum {string} */
                                kind: "substantive" | "acting" | "cover" | "nominated";
                                note: string | null;
                                ordinal: number | null;
                                ordinalSource: ("source" | "derived") | null;
                                person: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                    nativeName: string | null;
                                };
                                source: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                };
                                sources: {
                                    id: string;
                                    kind: string;
                                    title: string;
                                    url: string | null;
                                }[];
                                start: string | null;
                            }[];
                            /** @description how the name asked was read, and where the post went on after it ended */
                            notes: components["schemas"]["LookupNote"][];
                            post: {
                                currentName: string | null;
                                id: string;
                                name: string;
                            };
                            reason: components["schemas"]["PostReason"] | null;
                            recordedLater: {
                                appointmentId: string;
                                firstRecorded: string;
                                person: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                    nativeName: string | null;
                                };
                            }[];
                            /** @enum {string} */
                            status: "held" | "possibly-held" | "vacant" | "no-data" | "not-existing";
                            vacancy: {
                                after: {
                                    appointmentId: string;
                                    end: string | null;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                    start: string | null;
                                } | null;
                                before: {
                                    appointmentId: string;
                                    end: string | null;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                    start: string | null;
                                } | null;
                            } | null;
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/who/area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who represented an area (a constituency, a region) on a date: the holders of every post for it */
        get: {
            parameters: {
                query: {
                    /** @description area or country id or name */
                    area: string;
                    /** @description valid time: the date the question is about (YYYY, YYYY-MM or YYYY-MM-DD); default today */
                    at?: string;
                    /** @description transaction time: answer as the registry knew it at this instant (ISO 8601) */
                    known_at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description who represented an area on a date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                id: string;
                                name: string;
                            };
                            at: string;
                            parties: {
                                [key: string]: string;
                            };
                            posts: {
                                at: string;
                                /** @description the country the post is tied to as it was on the date (a state it continues: Prussia for Germany in 1800); null when the country itself */
                                countryThen: {
                                    id: string;
                                    name: string;
                                } | null;
                                existed: {
                                    from: string | null;
                                    to: string | null;
                                };
                                holders: {
                                    acting: boolean;
                                    appointmentId: string;
                                    /** @enum {string} */
                                    certainty: "certain" | "possible";
                                    covers: {
                                        appointmentId: string;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                    } | null;
                                    disputed: boolean;
                                    end: string | null;
                                    endReason: string | null;
                                    /** @enum {string} */
                                    kind: "substantive" | "acting" | "cover" | "nominated";
                                    note: string | null;
                                    ordinal: number | null;
                                    ordinalSource: ("source" | "derived") | null;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                    source: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    };
                                    sources: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    }[];
                                    start: string | null;
                                }[];
                                /** @description how the name asked was read, and where the post went on after it ended */
                                notes: components["schemas"]["LookupNote"][];
                                post: {
                                    currentName: string | null;
                                    id: string;
                                    name: string;
                                };
                                reason: components["schemas"]["PostReason"] | null;
                                recordedLater: {
                                    appointmentId: string;
                                    firstRecorded: string;
                                    person: {
                                        currentName: string | null;
                                        id: string;
                                        name: string;
                                        nativeName: string | null;
                                    };
                                }[];
                                /** @enum {string} */
                                status: "held" | "possibly-held" | "vacant" | "no-data" | "not-existing";
                                vacancy: {
                                    after: {
                                        appointmentId: string;
                                        end: string | null;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                        start: string | null;
                                    } | null;
                                    before: {
                                        appointmentId: string;
                                        end: string | null;
                                        person: {
                                            currentName: string | null;
                                            id: string;
                                            name: string;
                                            nativeName: string | null;
                                        };
                                        start: string | null;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
                /** @description every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                field: string | null;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ChartNode: {
            /** @enum {string} */
            certainty: "certain" | "possible";
            organization: {
                currentName: string | null;
                id: string;
                kind: string;
                name: string;
            };
            posts: {
                /** @description the country the post is tied to as it was on the date (a state it continues: Prussia for Germany in 1800); null when the country itself */
                countryThen: {
                    id: string;
                    name: string;
                } | null;
                existed: {
                    from: string | null;
                    to: string | null;
                };
                holders: {
                    acting: boolean;
                    appointmentId: string;
                    /** @enum {string} */
                    certainty: "certain" | "possible";
                    covers: {
                        appointmentId: string;
                        person: {
                            currentName: string | null;
                            id: string;
                            name: string;
                            nativeName: string | null;
                        };
                    } | null;
                    disputed: boolean;
                    end: string | null;
                    endReason: string | null;
                    /** @enum {string} */
                    kind: "substantive" | "acting" | "cover" | "nominated";
                    note: string | null;
                    ordinal: number | null;
                    ordinalSource: ("source" | "derived") | null;
                    person: {
                        currentName: string | null;
                        id: string;
                        name: string;
                        nativeName: string | null;
                    };
                    source: {
                        id: string;
                        kind: string;
                        title: string;
                        url: string | null;
                    };
                    sources: {
                        id: string;
                        kind: string;
                        title: string;
                        url: string | null;
                    }[];
                    start: string | null;
                }[];
                post: {
                    currentName: string | null;
                    id: string;
                    name: string;
                };
                reason: components["schemas"]["PostReason"] | null;
                recordedLater: {
                    appointmentId: string;
                    firstRecorded: string;
                    person: {
                        currentName: string | null;
                        id: string;
                        name: string;
                        nativeName: string | null;
                    };
                }[];
                seats: number;
                /** @enum {string} */
                status: "held" | "possibly-held" | "vacant" | "no-data" | "not-existing";
                vacancy: {
                    after: {
                        appointmentId: string;
                        end: string | null;
                        person: {
                            currentName: string | null;
                            id: string;
                            name: string;
                            nativeName: string | null;
                        };
                        start: string | null;
                    } | null;
                    before: {
                        appointmentId: string;
                        end: string | null;
                        person: {
                            currentName: string | null;
                            id: string;
                            name: string;
                            nativeName: string | null;
                        };
                        start: string | null;
                    } | null;
                } | null;
            }[];
            responsibilities: {
                /** @enum {string} */
                certainty: "certain" | "possible";
                sources: {
                    id: string;
                    kind: string;
                    title: string;
                    url: string | null;
                }[];
                subject: {
                    code: string | null;
                    id: string;
                    kind: string;
                    name: string;
                };
            }[];
            units: components["schemas"]["ChartNode"][];
        };
        ChartNodeInput: {
            /** @enum {string} */
            certainty: "certain" | "possible";
            organization: {
                currentName: string | null;
                id: string;
                kind: string;
                name: string;
            };
            posts: {
                /** @description the country the post is tied to as it was on the date (a state it continues: Prussia for Germany in 1800); null when the country itself */
                countryThen: {
                    id: string;
                    name: string;
                } | null;
                existed: {
                    from: string | null;
                    to: string | null;
                };
                holders: {
                    acting: boolean;
                    appointmentId: string;
                    /** @enum {string} */
                    certainty: "certain" | "possible";
                    covers: {
                        appointmentId: string;
                        person: {
                            currentName: string | null;
                            id: string;
                            name: string;
                            nativeName: string | null;
                        };
                    } | null;
                    disputed: boolean;
                    end: string | null;
                    endReason: string | null;
                    /** @enum {string} */
                    kind: "substantive" | "acting" | "cover" | "nominated";
                    note: string | null;
                    ordinal: number | null;
                    ordinalSource: ("source" | "derived") | null;
                    person: {
                        currentName: string | null;
                        id: string;
                        name: string;
                        nativeName: string | null;
                    };
                    source: {
                        id: string;
                        kind: string;
                        title: string;
                        url: string | null;
                    };
                    sources: {
                        id: string;
                        kind: string;
                        title: string;
                        url: string | null;
                    }[];
                    start: string | null;
                }[];
                post: {
                    currentName: string | null;
                    id: string;
                    name: string;
                };
                reason: components["schemas"]["PostReasonInput"] | null;
                recordedLater: {
                    appointmentId: string;
                    firstRecorded: string;
                    person: {
                        currentName: string | null;
                        id: string;
                        name: string;
                        nativeName: string | null;
                    };
                }[];
                seats: number;
                /** @enum {string} */
                status: "held" | "possibly-held" | "vacant" | "no-data" | "not-existing";
                vacancy: {
                    after: {
                        appointmentId: string;
                        end: string | null;
                        person: {
                            currentName: string | null;
                            id: string;
                            name: string;
                            nativeName: string | null;
                        };
                        start: string | null;
                    } | null;
                    before: {
                        appointmentId: string;
                        end: string | null;
                        person: {
                            currentName: string | null;
                            id: string;
                            name: string;
                            nativeName: string | null;
                        };
                        start: string | null;
                    } | null;
                } | null;
            }[];
            responsibilities: {
                /** @enum {string} */
                certainty: "certain" | "possible";
                sources: {
                    id: string;
                    kind: string;
                    title: string;
                    url: string | null;
                }[];
                subject: {
                    code: string | null;
                    id: string;
                    kind: string;
                    name: string;
                };
            }[];
            units: components["schemas"]["ChartNodeInput"][];
        };
        /** @description what a data check found: its code and parameters, its text in English, its severity, subjects and sources */
        Finding: {
            /** @constant */
            code: "end-before-start";
            end: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            start: string;
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                };
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "term-after-death";
            died: string;
            end: string | null;
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                };
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            born: string;
            /** @constant */
            code: "term-before-birth";
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            start: string;
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                };
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "seats-exceeded";
            day: string;
            holders: {
                id: string;
                name: string;
            }[];
            post: {
                id: string;
                name: string;
            };
            seats: number;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "source-overlap";
            post: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            source: {
                id: string;
                title: string;
            };
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            terms: {
                end: string | null;
                person: {
                    id: string;
                    name: string;
                };
                start: string | null;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "incompatible-posts";
            organization: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            overlap: "certain" | "possible";
            person: {
                id: string;
                name: string;
            };
            posts: {
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "conflicting-claims";
            facts: {
                field: string;
                id: string;
                name: string;
                post: {
                    id: string;
                    name: string;
                } | null;
                type: string;
            }[];
            handover: boolean;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            values: {
                citing: {
                    id: string;
                    title: string;
                }[];
                value: string;
            }[];
        } | {
            citing: {
                id: string;
                title: string;
            }[];
            /** @constant */
            code: "conflicting-responsibility";
            organization: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subject: {
                id: string;
                name: string;
            };
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            units: {
                id: string;
                name: string;
            }[];
        } | {
            /** @constant */
            code: "responsibility-outside-unit";
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subject: {
                id: string;
                name: string;
            };
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            when: "before-established" | "after-abolished";
        } | {
            /** @constant */
            code: "event-before-establishment";
            established: string;
            event: {
                date: string;
                id: string;
                kind: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
        } | {
            /** @constant */
            code: "possible-same-person";
            people: {
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @enum {string} */
            sharing: "hangul-name" | "name-spelling";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            claimed: string;
            /** @constant */
            code: "ordinal-mismatch";
            derived: number | null;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                } | null;
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "reconciliation-mismatch";
            column: string;
            derived: string[];
            end: string | null;
            extra: string[];
            missing: string[];
            person: {
                id: string;
                name: string;
            };
            post: {
                id: string;
                name: string;
            };
            read: string[];
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            start: string | null;
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            unmatched: string[];
        };
        /** @description what a data check found: its code and parameters, its text in English, its severity, subjects and sources */
        FindingInput: {
            /** @constant */
            code: "end-before-start";
            end: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            start: string;
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                };
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "term-after-death";
            died: string;
            end: string | null;
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                };
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            born: string;
            /** @constant */
            code: "term-before-birth";
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            start: string;
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                };
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "seats-exceeded";
            day: string;
            holders: {
                id: string;
                name: string;
            }[];
            post: {
                id: string;
                name: string;
            };
            seats: number;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "source-overlap";
            post: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            source: {
                id: string;
                title: string;
            };
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            terms: {
                end: string | null;
                person: {
                    id: string;
                    name: string;
                };
                start: string | null;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "incompatible-posts";
            organization: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            overlap: "certain" | "possible";
            person: {
                id: string;
                name: string;
            };
            posts: {
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "conflicting-claims";
            facts: {
                field: string;
                id: string;
                name: string;
                post: {
                    id: string;
                    name: string;
                } | null;
                type: string;
            }[];
            handover: boolean;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            values: {
                citing: {
                    id: string;
                    title: string;
                }[];
                value: string;
            }[];
        } | {
            citing: {
                id: string;
                title: string;
            }[];
            /** @constant */
            code: "conflicting-responsibility";
            organization: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subject: {
                id: string;
                name: string;
            };
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            units: {
                id: string;
                name: string;
            }[];
        } | {
            /** @constant */
            code: "responsibility-outside-unit";
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subject: {
                id: string;
                name: string;
            };
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            when: "before-established" | "after-abolished";
        } | {
            /** @constant */
            code: "event-before-establishment";
            established: string;
            event: {
                date: string;
                id: string;
                kind: string;
            };
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
        } | {
            /** @constant */
            code: "possible-same-person";
            people: {
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @enum {string} */
            sharing: "hangul-name" | "name-spelling";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            claimed: string;
            /** @constant */
            code: "ordinal-mismatch";
            derived: number | null;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            term: {
                id: string;
                person: {
                    id: string;
                    name: string;
                } | null;
                post: {
                    id: string;
                    name: string;
                };
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "reconciliation-mismatch";
            column: string;
            derived: string[];
            end: string | null;
            extra: string[];
            missing: string[];
            person: {
                id: string;
                name: string;
            };
            post: {
                id: string;
                name: string;
            };
            read: string[];
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            sources: {
                id: string;
                kind: string;
                title: string;
                url: string | null;
            }[];
            start: string | null;
            subjects: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description the reason in English */
            text: string;
            unmatched: string[];
        };
        /** @description why one holder of a post is not certain on the date */
        HolderDoubt: {
            /** @constant */
            code: "dates-disputed";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            asOf: string;
            /** @constant */
            code: "known-until";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "start-unrecorded";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "dates-partial";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        };
        /** @description why one holder of a post is not certain on the date */
        HolderDoubtInput: {
            /** @constant */
            code: "dates-disputed";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            asOf: string;
            /** @constant */
            code: "known-until";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "start-unrecorded";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "dates-partial";
            person: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        };
        /** @description how the name asked was read, and where a post went on after it ended */
        LookupNote: {
            alias: string | null;
            asked: string;
            /** @enum {string} */
            by: "alias" | "closest";
            /** @constant */
            code: "taken-as";
            taken: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "post-continued-as";
            date: string | null;
            inferred: boolean;
            /** @enum {string} */
            kind: "continues-as" | "merged-into" | "split-into" | "functions-to";
            post: {
                id: string;
                name: string;
            };
            rule: string | null;
            successors: {
                id: string;
                name: string;
            }[];
            /** @description the reason in English */
            text: string;
        };
        /** @description how the name asked was read, and where a post went on after it ended */
        LookupNoteInput: {
            alias: string | null;
            asked: string;
            /** @enum {string} */
            by: "alias" | "closest";
            /** @constant */
            code: "taken-as";
            taken: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "post-continued-as";
            date: string | null;
            inferred: boolean;
            /** @enum {string} */
            kind: "continues-as" | "merged-into" | "split-into" | "functions-to";
            post: {
                id: string;
                name: string;
            };
            rule: string | null;
            successors: {
                id: string;
                name: string;
            }[];
            /** @description the reason in English */
            text: string;
        };
        /** @description why a post shows the holders it shows on the date (or none) */
        PostReason: {
            at: string;
            /** @constant */
            code: "post-not-existing";
            from: string | null;
            post: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            to: string | null;
        } | {
            /** @constant */
            code: "seats-all-held";
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            /** @constant */
            code: "no-certain-holder";
            doubts: components["schemas"]["HolderDoubt"][];
            /** @description the reason in English */
            text: string;
        } | {
            after: {
                end: string | null;
                person: {
                    id: string;
                    name: string;
                };
            };
            before: {
                person: {
                    id: string;
                    name: string;
                };
                start: string | null;
            };
            /** @constant */
            code: "vacant-between";
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "no-record";
            /** @description the reason in English */
            text: string;
        };
        /** @description why a post shows the holders it shows on the date (or none) */
        PostReasonInput: {
            at: string;
            /** @constant */
            code: "post-not-existing";
            from: string | null;
            post: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            to: string | null;
        } | {
            /** @constant */
            code: "seats-all-held";
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            /** @constant */
            code: "no-certain-holder";
            doubts: components["schemas"]["HolderDoubtInput"][];
            /** @description the reason in English */
            text: string;
        } | {
            after: {
                end: string | null;
                person: {
                    id: string;
                    name: string;
                };
            };
            before: {
                person: {
                    id: string;
                    name: string;
                };
                start: string | null;
            };
            /** @constant */
            code: "vacant-between";
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "no-record";
            /** @description the reason in English */
            text: string;
        };
        /** @description one line of a routing answer's reasoning */
        RouteReason: {
            at: string;
            /** @constant */
            code: "subject-ended";
            ended: string;
            subject: {
                id: string;
                name: string;
            };
            successors: {
                id: string;
                name: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            began: string | null;
            /** @constant */
            code: "subject-not-begun";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            /** @constant */
            code: "unit-not-existing";
            from: string | null;
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
        } | {
            at: string;
            /** @constant */
            code: "not-covered";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            within: {
                id: string;
                name: string;
            } | null;
        } | {
            at: string;
            chain: {
                id: string;
                name: string;
            }[];
            /** @constant */
            code: "responsible";
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
            via: {
                id: string;
                name: string;
            } | null;
        } | {
            at: string;
            chain: {
                id: string;
                name: string;
            }[];
            /** @constant */
            code: "possibly-responsible";
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
            via: {
                id: string;
                name: string;
            } | null;
        } | {
            at: string;
            /** @constant */
            code: "post-held";
            holders: {
                id: string;
                name: string;
            }[];
            organization: {
                id: string;
                name: string;
            } | null;
            post: {
                id: string;
                name: string;
            };
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            /** @constant */
            code: "post-possibly-held";
            holders: {
                id: string;
                name: string;
            }[];
            organization: {
                id: string;
                name: string;
            } | null;
            post: {
                id: string;
                name: string;
            };
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            after: {
                end: string | null;
                person: {
                    id: string;
                    name: string;
                };
            } | null;
            at: string;
            before: {
                person: {
                    id: string;
                    name: string;
                };
                start: string | null;
            } | null;
            /** @constant */
            code: "post-vacant";
            organization: {
                id: string;
                name: string;
            } | null;
            post: {
                id: string;
                name: string;
            };
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "sources-disagree";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            units: number;
        } | {
            at: string;
            /** @constant */
            code: "change-unplaced";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        };
        /** @description one line of a routing answer's reasoning */
        RouteReasonInput: {
            at: string;
            /** @constant */
            code: "subject-ended";
            ended: string;
            subject: {
                id: string;
                name: string;
            };
            successors: {
                id: string;
                name: string;
            }[];
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            began: string | null;
            /** @constant */
            code: "subject-not-begun";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            /** @constant */
            code: "unit-not-existing";
            from: string | null;
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
        } | {
            at: string;
            /** @constant */
            code: "not-covered";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            within: {
                id: string;
                name: string;
            } | null;
        } | {
            at: string;
            chain: {
                id: string;
                name: string;
            }[];
            /** @constant */
            code: "responsible";
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
            via: {
                id: string;
                name: string;
            } | null;
        } | {
            at: string;
            chain: {
                id: string;
                name: string;
            }[];
            /** @constant */
            code: "possibly-responsible";
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            unit: {
                id: string;
                name: string;
            };
            via: {
                id: string;
                name: string;
            } | null;
        } | {
            at: string;
            /** @constant */
            code: "post-held";
            holders: {
                id: string;
                name: string;
            }[];
            organization: {
                id: string;
                name: string;
            } | null;
            post: {
                id: string;
                name: string;
            };
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            at: string;
            /** @constant */
            code: "post-possibly-held";
            holders: {
                id: string;
                name: string;
            }[];
            organization: {
                id: string;
                name: string;
            } | null;
            post: {
                id: string;
                name: string;
            };
            sources: {
                id: string;
                title: string;
            }[];
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            after: {
                end: string | null;
                person: {
                    id: string;
                    name: string;
                };
            } | null;
            at: string;
            before: {
                person: {
                    id: string;
                    name: string;
                };
                start: string | null;
            } | null;
            /** @constant */
            code: "post-vacant";
            organization: {
                id: string;
                name: string;
            } | null;
            post: {
                id: string;
                name: string;
            };
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        } | {
            /** @constant */
            code: "sources-disagree";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
            units: number;
        } | {
            at: string;
            /** @constant */
            code: "change-unplaced";
            subject: {
                id: string;
                name: string;
            };
            /** @description the reason in English */
            text: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
