import { Card, Code, List, Stack, Text, Title } from '@mantine/core';

/** How a receiver checks a delivery (README "Webhooks"; server/src/modules/webhooks/webhook-signature.ts signs). */
export function VerifyingSignaturesHelp() {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="webhook-verifying-signatures">
      <Stack gap="xs">
        <Title order={3} size="h5" id="webhook-verifying-signatures">
          Verifying signatures
        </Title>
        <Text size="sm">Each delivery is a POST of a JSON body with the header:</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{'Gatehouse-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">'}</Code>
        <List size="sm" spacing={4}>
          <List.Item>
            Compute the HMAC-SHA256 of <Code>t</Code>, a dot and the raw body with the signing secret; accept the delivery when it
            equals a <Code>v1</Code> (compare in constant time) and <Code>t</Code> is within 5 minutes of now.
          </List.Item>
          <List.Item>
            While a rotated-out secret still signs, the header carries two <Code>v1</Code>, one per secret: either one matching is
            enough.
          </List.Item>
          <List.Item>
            A retried delivery has the same body: deduplicate on its <Code>id</Code> (also sent as <Code>Gatehouse-Event-Id</Code>).
          </List.Item>
        </List>
      </Stack>
    </Card>
  );
}
